"""Actor recognition on short reports written for these tests: acronyms and aliases the text
defines, "the army" of the country in context, hyphen-linked group names, ships, demonyms,
abbreviated ranks and unknown places."""

from __future__ import annotations

from functools import lru_cache

from dossier.pipeline import process_raw
from dossier.records import Actor, Document, RawDocument


@lru_cache(maxsize=32)
def document(text: str) -> Document:
    """``text`` processed as ingest does it."""
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw)


def actors_of(text: str) -> tuple[Actor, ...]:
    return document(text).actors


def by_surface(text: str) -> dict[str, Actor]:
    """Each surface form of an actor mention → its actor."""
    return {m.text: a for a in actors_of(text) for m in a.mentions}


def keys_of(text: str) -> set[str]:
    return {a.key for a in actors_of(text)}


# -- acronyms the text defines ---------------------------------------------------------------

RWANDA = (
    "Insurgent activity increased in May in Macomia and Muidumbe districts. The Rwanda "
    "Security Forces (RSF) and the Mozambique Defence Armed Forces (FADM) carried out "
    "clearance operations along the N380 road. On 21 May 2024, RSF troops clashed with a "
    "group of around 30 insurgents near Mbau."
)


def test_an_acronym_the_text_defines_overrides_the_gazetteer() -> None:
    found = by_surface(RWANDA)
    rsf = found["RSF"]
    assert rsf.key != "rsf"  # not Sudan's Rapid Support Forces
    assert rsf.type == "state_forces" and rsf.country == "RW"
    assert found["Rwanda Security Forces"].key == rsf.key
    assert sum(m.text == "RSF" for m in rsf.mentions) == 2  # "RSF troops" later too
    assert "rsf" not in keys_of(RWANDA)
    assert found["FADM"].key == "fadm"


def test_an_acronym_defined_as_the_gazetteer_has_it_keeps_its_entry() -> None:
    text = (
        "The Rapid Support Forces (RSF) shelled El Fasher on 3 June 2024. RSF fighters "
        "then looted the main market."
    )
    found = by_surface(text)
    assert found["RSF"].key == "rsf"
    assert found["Rapid Support Forces"].key == "rsf"


def test_a_traffic_light_protocol_marking_is_no_actor() -> None:
    text = (
        "CABO DELGADO SECURITY UPDATE\n"
        "Distribution: partners only (TLP:GREEN)\n\n"
        "Insurgents attacked the village of Nanduli on 3 May 2024.\n\n"
        "Handling: TLP: AMBER applies to the annex."
    )
    assert "tlp" not in keys_of(text)
    assert "TLP" not in by_surface(text)


# -- local aliases -----------------------------------------------------------------------------

MOZAMBIQUE = (
    'Islamic State Mozambique (ISM), locally known as "mashababos" or al-Shabaab, conducted '
    "at least 11 attacks in Cabo Delgado during May 2024. Residents said al-Shabaab fighters "
    "burned houses in Nanduli."
)


def test_a_locally_known_as_apposition_makes_aliases_of_the_subject() -> None:
    found = by_surface(MOZAMBIQUE)
    ism = found["Islamic State Mozambique"]
    assert ism.key == "is_mozambique"
    assert found["al-Shabaab"].key == "is_mozambique"
    assert found["mashababos"].key == "is_mozambique"
    assert "al_shabaab" not in keys_of(MOZAMBIQUE)  # not the Somali group


def test_a_called_apposition_makes_an_alias_too() -> None:
    text = "Islamic State Mozambique (ISM), also called al-Shabaab, raided Macomia on 10 May 2024."
    assert by_surface(text)["al-Shabaab"].key == "is_mozambique"
    assert "al_shabaab" not in keys_of(text)


def test_al_shabaab_alone_is_still_the_somali_group() -> None:
    text = "Al-Shabaab fighters attacked a Somali army base near Baidoa on 21 January 2024."
    assert by_surface(text)["Al-Shabaab"].key == "al_shabaab"


# -- "the army" of the country in context ---------------------------------------------------

NIGER = (
    "Niger has faced a surge of attacks in Tillabéri since 2023. On 25 June 2024, ISSP "
    "fighters ambushed a Nigerien army convoy near Tassia. Niger's military government "
    "expelled French troops and has since relied on Russian support. The army plans a major "
    "offensive against ISSP before the rainy season."
)


def test_the_army_is_the_report_s_country_not_the_last_foreign_one() -> None:
    found = by_surface(NIGER)
    assert found["army"].key == "niger_armed_forces"
    assert "russian_armed_forces" not in keys_of(NIGER)


PAKISTAN = (
    "Pakistan conducted airstrikes inside Afghanistan on 18 March 2024. The Afghan Taliban "
    "deny hosting TTP fighters in Afghanistan and Afghan officials warned of consequences.\n\n"
    "On 16 March 2024, a suicide bomber struck a military post in Mir Ali (North Waziristan), "
    "killing seven soldiers, the army's media wing ISPR said."
)


def test_the_army_whose_media_wing_is_ispr_is_pakistan_s() -> None:
    found = by_surface(PAKISTAN)
    assert found["army"].key == "pakistan_army"
    assert "andsf" not in keys_of(PAKISTAN)


def test_a_body_that_had_ended_is_not_the_country_s_forces_in_a_later_report() -> None:
    later = "On 2 May 2024, Afghan forces clashed with Pakistani troops at the Torkham crossing."
    assert by_surface(later)["Afghan forces"].key == "forces:AF"
    assert "andsf" not in keys_of(later)
    earlier = "On 2 May 2019, Afghan forces clashed with Taliban fighters in Helmand."
    assert by_surface(earlier)["Afghan forces"].key == "andsf"


# -- hyphen-linked group names ---------------------------------------------------------------


def test_a_hyphen_linked_group_name_is_one_armed_group() -> None:
    text = (
        "A suicide bomber attacked a military post in North Waziristan on 16 March 2024. "
        "Jaish-e-Fursan-e-Muhammad, a new group linked to the Hafiz Gul Bahadur faction, "
        "claimed the attack."
    )
    found = by_surface(text)
    group = found["Jaish-e-Fursan-e-Muhammad"]
    assert group.type == "armed_group"
    assert "Muhammad" not in found
    assert not [a for a in actors_of(text) if a.type == "person"]


def test_a_hyphen_linked_personal_name_stays_a_person() -> None:
    text = "General Muhammad Zia-ul-Haq seized power in Pakistan in July 1977."
    people = [a for a in actors_of(text) if a.type == "person"]
    assert [a.name for a in people] == ["Muhammad Zia-ul-Haq"]


# -- ships -------------------------------------------------------------------------------------

RED_SEA = (
    "Since November 2023, when Houthi gunmen hijacked the car carrier Galaxy Leader, the "
    "group has attacked dozens of ships. The Liberian-flagged Aegean Star was hit by a "
    "missile on 12 June 2024. The destroyer USS Laboon shot down two drones, CENTCOM said. "
    "Yemen's government condemned the attack on the Aegean Star."
)


def test_merchant_ships_are_no_actors() -> None:
    found = by_surface(RED_SEA)
    assert "Galaxy Leader" not in found
    assert not [a for a in actors_of(RED_SEA) if "Aegean Star" in a.name]  # nor later
    assert found["Houthi"].key == "houthis"


def test_a_warship_stands_for_its_navy() -> None:
    laboon = by_surface(RED_SEA)["USS Laboon"]
    assert laboon.type == "state_forces" and laboon.country == "US"


# -- demonyms ------------------------------------------------------------------------------


def test_a_demonym_is_no_person_but_its_state() -> None:
    text = (
        "Gunmen killed 20 villagers near Tahoua on 20 June 2024. No group has claimed the "
        "massacre, but Nigerien officials blamed ISSP. A Nigerien security source said the "
        "attackers came from Mali."
    )
    found = by_surface(text)
    assert not [a for a in actors_of(text) if a.key == "new:nigerien" or a.name == "Nigerien"]
    assert found["Nigerien officials"].key == "state:NE"
    assert found["Nigerien security source"].key == "state:NE"


# -- abbreviated ranks ---------------------------------------------------------------------


def test_an_abbreviated_rank_ends_no_sentence_and_is_no_person() -> None:
    text = (
        "RSF troops clashed with insurgents near Mbau on 21 May 2024. Rwandan army spokesman "
        "Brig. Gen. Ronald Rwivanga said 12 insurgents were killed."
    )
    doc = document(text)
    assert len(doc.sentences) == 2
    found = by_surface(text)
    assert "Brig" not in found
    person = found["Ronald Rwivanga"]
    assert person.type == "person"
    assert person.member_of == "rwanda_defence_force"
    assert not [a for a in doc.actors if a.type == "person" and a.key != person.key]


# -- places the gazetteer does not know ------------------------------------------------------


def test_unknown_places_are_no_actors() -> None:
    text = (
        "On 16 March 2024, Mir Ali (North Waziristan): a suicide bomber stormed a military "
        "post. On 18 March 2024, Pakistani jets struck suspected TTP hideouts in Barmal and "
        "Sepera districts. In December 2023, militants attacked a police compound in "
        "Daraban, killing 23 soldiers."
    )
    found = by_surface(text)
    for place in ("Mir Ali", "Sepera", "Daraban"):
        assert place not in found, place
    assert found["TTP"].key == "ttp"
