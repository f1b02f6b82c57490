"""Actors in short texts written for these tests (round 19): long names in another language
spelled out before their acronym, an acronym after an outlet's noun, a known outlet that
shares a place's name, the junta of the report's own country, a country's national police,
groups named by a naming cue in lower case and names the text equates, places the model took
for bodies (a site, a division, a route's end, a dated run-in heading), table dates, section
headings and words cut by a line break, footnotes, a body's name after its noun, a group
named before a member's noun, and names wrapped onto the next line."""

from __future__ import annotations

from test_places_s8 import annotated

from dossier.records import Actor


def actors(text: str) -> list[Actor]:
    return list(annotated(text)[1])


def by_form(found: list[Actor], form: str) -> Actor | None:
    """The actor one of whose mentions is written ``form``."""
    return next((a for a in found if any(m.text == form for m in a.mentions)), None)


def by_name(found: list[Actor], name: str) -> Actor | None:
    return next((a for a in found if a.name == name), None)


# -- long names spelled out before their acronym ------------------------------------------


def test_french_name_with_lower_case_nouns_before_its_acronym_is_one_body() -> None:
    text = (
        "Fighters loyal to the Mouvement pour la justice et la paix (MJP) attacked a "
        "checkpoint near Bambari on Monday. The MJP later denied targeting civilians."
    )
    found = actors(text)
    body = by_form(found, "MJP")
    assert body is not None and body.name == "Mouvement pour la justice et la paix", found
    assert len(body.mentions) >= 2, body
    assert by_name(found, "Mouvement") is None and by_name(found, "MJP") is None, found


def test_hyphenated_name_with_a_linking_particle_spells_its_acronym() -> None:
    text = (
        "Supporters of the Tehreek-e-Labbaik Pakistan (TLP) blocked the motorway near Lahore. "
        "Police said TLP workers threw stones at officers."
    )
    found = actors(text)
    party = by_form(found, "TLP")
    assert party is not None and party.name == "Tehreek-e-Labbaik Pakistan", found


def test_acronym_of_a_name_in_another_language_joins_the_state_forces_before_it() -> None:
    text = (
        "The Chadian army (Armée nationale tchadienne, ANT) said it had repelled an attack "
        "near Baga Sola. ANT officers gave no toll."
    )
    found = actors(text)
    forces = by_form(found, "Chadian army")
    assert forces is not None and forces.type == "state_forces", found
    assert any(m.text == "ANT" for m in forces.mentions), forces
    assert len([a for a in found if any(m.text == "ANT" for m in a.mentions)]) == 1, found


def test_capitalised_words_that_do_not_spell_the_acronym_stay_apart() -> None:
    text = "Bamako said the Support Group (MSG) would meet in Gao next week."
    found = actors(text)
    group = by_form(found, "Support Group")
    assert group is not None, found
    assert not any(m.text == "MSG" for m in group.mentions), found


# -- outlets --------------------------------------------------------------------------------


def test_post_acronym_after_an_agency_noun_names_the_agency() -> None:
    text = (
        "The governor of Pool said rebels had burned two schools, according to the state "
        "agency ACP, which gave no toll."
    )
    found = actors(text)
    outlet = by_form(found, "ACP")
    assert outlet is not None and outlet.type == "media", found


def test_post_acronym_of_a_police_officer_is_still_no_actor() -> None:
    text = "The ACP of the district said four men had been arrested in Rawalpindi."
    assert by_form(actors(text), "ACP") is None


def test_known_outlet_told_a_statement_is_no_place() -> None:
    text = (
        "A Houthi official later told Al Jazeera that the strikes on shipping would continue "
        "until the siege is lifted."
    )
    outlet = by_form(actors(text), "Al Jazeera")
    assert outlet is not None and outlet.type == "media"


def test_outlet_that_quoted_a_footnote_source() -> None:
    text = (
        "Gunmen killed two teachers in Garissa county last week.\n\n"
        "\u00b9 Quoted by Radio Dalsan (Mogadishu), 3 May 2025.\n"
    )
    outlet = by_form(actors(text), "Radio Dalsan")
    assert outlet is not None and outlet.type == "media"


def test_footnote_names_a_research_centre_the_model_read_as_a_people() -> None:
    text = (
        "Attacks in the province rose by a third in 2024.\u00b2\n\n"
        "\u00b2 Centre for Research and Security Studies (CRSS), annual security report, "
        "2 January 2025.\n"
    )
    found = actors(text)
    centre = by_form(found, "CRSS")
    assert centre is not None and centre.name == "Centre for Research and Security Studies"


def test_footnote_acronym_of_a_province_is_no_actor() -> None:
    text = (
        "Attacks rose in the north-west.\n\n"
        "\u00b9 Figures for Khyber Pakhtunkhwa (KP) only, 2024.\n"
    )
    assert by_name(actors(text), "Khyber Pakhtunkhwa") is None


# -- states ---------------------------------------------------------------------------------


def test_bare_junta_is_the_report_countrys_when_no_other_country_is_given_one() -> None:
    text = (
        "Attacks rose across Guinea's forest region this month, and Guinean troops lost six "
        "men near Macenta. Guinea's interior ministry gave no toll. Since the coup, the junta "
        "led by Colonel Ibrahima Sow has expelled French advisers and courted Mali and "
        "Burkina Faso."
    )
    found = actors(text)
    junta = next(a for a in found if any(m.text == "junta" for m in a.mentions))
    assert junta.key == "state:GN", junta


def test_junta_the_text_gives_another_country_keeps_it() -> None:
    text = (
        "Guinea's opposition marched in Conakry on Monday, and Guinean police arrested 20 "
        "people. Protesters also denounced Mali's junta. The junta did not respond."
    )
    found = actors(text)
    junta = [a for a in found if any(m.text == "junta" for m in a.mentions)]
    assert junta and junta[0].key == "mali_government", junta


def test_police_of_a_country_with_one_national_police_is_that_body() -> None:
    text = (
        "Gang members burned a clinic in Carrefour, Haiti, on Sunday. The police said four "
        "people died in the fire."
    )
    found = actors(text)
    police = by_form(found, "police")
    assert police is not None and police.key == "haitian_national_police", found


def test_police_of_a_country_without_one_national_police_stay_its_forces() -> None:
    text = "Kenyan police said four people died when gunmen stormed a bar in Mombasa."
    police = by_form(actors(text), "Kenyan police")
    # (s24) its own body, not the armed forces' key (ACLED's "Police Forces of Kenya")
    assert police is not None and police.key == "police:KE", police


# -- names the text gives a group -----------------------------------------------------------


def test_lower_case_local_name_after_a_militia_noun_is_a_group() -> None:
    text = (
        "Self-defence militias known locally as koglweogo have set up checkpoints around "
        "Kaya. The koglweogo deny abusing travellers."
    )
    group = by_form(actors(text), "koglweogo")
    assert group is not None and group.type in ("armed_group", "militia"), group
    assert len(group.mentions) == 2, group


def test_english_word_after_known_as_is_no_group() -> None:
    text = "Armed men known as vigilantes patrol the roads of Zamfara at night."
    assert by_form(actors(text), "vigilantes") is None


def test_also_called_joins_the_second_name_to_the_first() -> None:
    text = (
        'Twirwaneho ("let us defend ourselves" in Kinyarwanda), also called the '
        "Abagiriye Self-Defence Front, clashed with Burundian troops near Minembwe."
    )
    found = actors(text)
    first = by_form(found, "Twirwaneho")
    assert first is not None, found
    assert any("Abagiriye" in m.text for m in first.mentions), found


# -- places and words the model took for bodies -----------------------------------------------


def test_name_before_a_site_noun_with_a_modifier_is_a_place() -> None:
    text = "The recruits were taken to the Mushaki training camp, residents said."
    assert by_form(actors(text), "Mushaki") is None


def test_place_and_division_noun_is_no_body() -> None:
    text = "Floods and attacks displaced 4,000 people in the Ouémé department in May."
    assert by_form(actors(text), "Ouémé department") is None


def test_dated_run_in_heading_names_a_place() -> None:
    text = (
        "Jani Khel, 4 May. Gunmen attacked a police post before dawn, killing two "
        "constables, officials said.\n\n"
        "Bannu, 5 May. A roadside bomb struck a van carrying soldiers.\n"
    )
    assert by_form(actors(text), "Jani Khel") is None


def test_table_date_range_is_no_person() -> None:
    text = (
        "| Date | Place | Incident |\n|---|---|---|\n| 12–13 Jun | Gwoza | JAS raid on a camp |\n"
    )
    assert not any(any(c.isdigit() for c in a.name) for a in actors(text))


def test_sentence_case_section_heading_word_is_no_person() -> None:
    text = (
        "ISWAP raided two bases in March.\n\n"
        "Recruitment and finance\n\n"
        "The group taxes fishermen on the lake, traders said."
    )
    assert by_name(actors(text), "Recruitment") is None


def test_word_cut_by_a_line_break_is_no_name() -> None:
    text = (
        "Fighting moved towards the Juba river valley.\n"
        "Officials said the militants now hold the villages along the Ju\n"
        "ba river and cross it at night."
    )
    assert by_name(actors(text), "Ju") is None


# -- names of bodies the model cuts or misses --------------------------------------------------


def test_body_name_after_its_noun_takes_in_its_joiners() -> None:
    text = "The charity Bread for Gaza said two of its drivers were detained at the crossing."
    body = by_form(actors(text), "Bread for Gaza")
    assert body is not None and body.type != "person"


def test_unknown_name_before_a_commander_noun_is_a_group() -> None:
    text = "On Monday a Bakata commander, Col. Jean Ilunga, said his men had left the coalition."
    found = actors(text)
    group = by_form(found, "Bakata")
    assert group is not None and group.type != "person", found


def test_name_wrapped_onto_the_next_line_is_kept() -> None:
    text = (
        "The national assembly and the Transitional\n"
        "  Military Council met in the capital on Friday."
    )
    found = actors(text)
    assert any(a.name == "Transitional Military Council" for a in found), found


# -- states and their forces ----------------------------------------------------------------


def test_countries_that_send_troops_to_a_force_act_as_states() -> None:
    text = (
        "The regional force, made up of troops from Kenya, Uganda and Burundi, is based in "
        "Mogadishu."
    )
    # (review of 82c5bc9) troops are the countries' armed forces, not their governments
    found = actors(text)
    for name in ("Kenya", "Uganda", "Burundi"):
        sent = by_form(found, name)
        assert sent is not None and sent.type == "state_forces", found


def test_countries_people_come_from_do_not_act() -> None:
    text = "Refugees who fled from Sudan and Eritrea crowded the camps near Gambela."
    keys = {a.key for a in actors(text)}
    assert not {"state:SD", "state:ER"} & keys, keys


def test_strike_told_by_the_country_alone_is_the_force_the_report_names() -> None:
    text = (
        "US Africa Command said it struck militants near Jilib on Tuesday.\n\n"
        "| Date | Place | Event |\n|---|---|---|\n| 01 Oct | Jilib | US airstrike |\n"
    )
    found = actors(text)
    assert not any(a.key == "us_armed_forces" for a in found), found


def test_troops_of_the_country_stay_its_armed_forces() -> None:
    text = (
        "US Africa Command said it struck militants near Jilib. US troops also trained "
        "Somali commandos in Baledogle."
    )
    found = actors(text)
    assert any(a.key == "us_armed_forces" for a in found), found


def test_post_acronym_the_text_spells_out_in_brackets_is_that_body() -> None:
    text = (
        "The toll rose to nine, according to the Agence Congolaise de Presse (ACP). ACP said "
        "the army had retaken the town."
    )
    agency = by_form(actors(text), "ACP")
    assert agency is not None and agency.name == "Agence Congolaise de Presse", agency
    assert agency.type == "media"


def test_outlet_initials_spelled_like_a_province_place_no_force_abroad() -> None:
    text = (
        "The toll rose to nine, the News Agency of Nigeria (NAN) reported on Sunday. NAN said "
        "troops had retaken the town."
    )
    assert not any(a.country == "TH" for a in actors(text))


def test_building_word_that_speaks_is_the_institution() -> None:
    text = (
        "Rebels abducted a priest near Bangassou. The Church has in the past accused both "
        "the army and the rebels of abuses."
    )
    church = by_form(actors(text), "Church")
    assert church is not None and church.type == "organization", church


def test_building_that_is_attacked_stays_a_facility() -> None:
    text = "Gunmen set fire to the Holy Trinity Church in Bambari on Sunday."
    church = by_form(actors(text), "Holy Trinity Church")
    assert church is not None and church.type == "facility", church


def test_outlet_acronym_and_its_name_in_brackets_are_one_outlet() -> None:
    text = "Mali's state broadcaster ORTM (Radio Mali) said the army had retaken the town."
    found = actors(text)
    outlet = by_form(found, "ORTM")
    assert outlet is not None and any(m.text == "Radio Mali" for m in outlet.mentions), found


def test_office_after_a_body_noun_is_no_body() -> None:
    text = "The mission Chief of Staff visited Bunia on Tuesday with two aides."
    assert by_name(actors(text), "Chief of Staff") is None


def test_town_named_like_another_countrys_other_name_is_no_state() -> None:
    text = (
        "Mai-Mai fighters attacked Fizi on Monday, the Congolese army said. Kinshasa "
        "condemned the attack."
    )
    assert not any(a.key == "state:FJ" for a in actors(text))


def test_country_by_its_other_name_still_acts() -> None:
    text = "Burma rejected the report of the UN investigators on Tuesday."
    assert any(a.key == "state:MM" for a in actors(text))
