"""Actor resolution on short reports written for these tests: groups named before a group
noun ("the Gran Grif gang"), the junta of the ruling military, "the army" of the report's
country, countries acting together, local names of groups, the FLA, short names of people,
non-actors and the countries that role words give."""

from __future__ import annotations

from test_actor_fixes_s6 import actors_of, by_surface, document

surface = by_surface


# -- groups named before a group noun -----------------------------------------------------

GANGS = (
    "Violence spread across the lower Artibonite valley during the first week of March, "
    "according to residents and local officials interviewed by phone. Armed members of the "
    "Tet Kale gang burned houses near the market of Pont-Sondé on 3 March, and the 4 Chemen "
    "gang blocked the national road further north. Local residents said that Bwa Nwa gang "
    "members had kidnapped two drivers. A Tet Kale spokesman denied that the group had "
    "killed anyone."
)


def test_named_gangs_are_criminal_groups() -> None:
    found = surface(GANGS)
    tet_kale = found["Tet Kale gang"]
    assert tet_kale.type == "criminal_group"
    assert tet_kale.name == "Tet Kale"
    assert found["Tet Kale"].key == tet_kale.key
    assert found["4 Chemen gang"].type == "criminal_group"
    assert found["Bwa Nwa gang"].type == "criminal_group"
    assert not any(a.type == "person" and "Bwa Nwa" in a.name for a in actors_of(GANGS))


# -- the junta of the ruling military --------------------------------------------------------

JUNTA = (
    "Resistance forces gain ground in western Myanmar\n\n"
    "The Chin Brotherhood said on 12 March that its fighters had taken a military camp near "
    "Matupi after a week of fighting with Myanmar junta forces. Matupi lies on the road that "
    "links the hills to the Indian border, where thousands of people have fled. The junta "
    "did not comment on the loss of the camp. Myanmar's military seized power in February "
    "2021 and has since lost control of much of the countryside."
)


def test_bare_junta_is_the_ruling_military_not_the_last_country_named() -> None:
    found = surface(JUNTA)
    junta = found["junta"]
    assert junta.country == "MM"
    assert junta.key == "myanmar_sac"
    assert not any(a.country == "IN" for a in document(JUNTA).actors)


# -- "the army" of the report's country --------------------------------------------------------

ARMY = (
    "Clashes near Anefis in northern Mali\n\n"
    "Malian soldiers and their Russian allies of the Africa Corps fought separatist rebels "
    "near Anefis on 2 August, residents said. The rebels said they had killed many Russian "
    "mercenaries, while the army reported three FAMa deaths in a statement on state "
    "television. The Malian government has called the rebels terrorists since the collapse "
    "of the peace agreement in Mali."
)


def test_the_army_is_the_reports_country_not_a_foreign_force_named_nearby() -> None:
    army = surface(ARMY)["army"]
    assert army.country == "ML"
    assert army.key == "fama"


# -- countries acting together -------------------------------------------------------------

JOINT = (
    "New strikes on the Red Sea coast\n\n"
    "The United States and Britain carried out air strikes on Houthi radar sites near Hodeidah "
    "on 24 February, the fourth joint round this year. The Houthis said they would keep "
    "attacking ships."
)


def test_both_countries_joined_by_and_act() -> None:
    found = surface(JOINT)
    assert found["United States"].country == "US"
    assert found["Britain"].country == "GB"
    assert found["Britain"].type == "government"


# -- a local namesake of a gazetteer group ---------------------------------------------------

LOCAL = (
    "Insurgents attack coastal villages\n\n"
    "Attacks continued in Mocimboa da Praia district during April. The violence is the work of "
    "the movement known locally as al-Shabaab in Cabo Delgado, northern Mozambique, which "
    "has no operational link to the Somali group. Rwandan troops have been deployed in the "
    "province since 2021."
)


def test_a_group_known_locally_by_a_foreign_groups_name_is_the_local_group() -> None:
    local = surface(LOCAL)["al-Shabaab"]
    assert local.key != "al_shabaab"
    assert local.country == "MZ"
    assert local.type == "armed_group"


# -- the FLA is no longer the CMA --------------------------------------------------------------

FLA = (
    "Separatists claim a drone was shot down\n\n"
    "The Front for the Liberation of Azawad (FLA), formed in November 2024 by Tuareg "
    "separatist groups, said on 4 May that its fighters had shot down a drone near Kidal. The "
    "FLA also accused the army of striking a market."
)


def test_the_fla_is_its_own_group_not_the_cma() -> None:
    found = surface(FLA)
    assert found["FLA"].key == "fla"
    assert found["Front for the Liberation of Azawad"].key == "fla"


# -- short names and nicknames of people named in full -------------------------------------

PEOPLE = (
    "Militia leaders react to the strike\n\n"
    "The Shia cleric Muqtada al-Sadr condemned the strike on 8 January, and Sadr's followers "
    "marched in Baghdad the next day. In Puntland, Abdulqadir Mumin still leads the Islamic "
    "State faction in the Cal Miskaad hills; Mumin is reportedly now in charge of the group's "
    'finances in Africa. A court in Kampala named Yusuf Kiggundu Sserwadda ("Abwakasa") as '
    "the cell's recruiter; investigators believe Abwakasa fled to Congo."
)


def test_a_surname_after_the_full_name_is_the_same_person() -> None:
    found = surface(PEOPLE)
    assert found["Sadr"].key == found["Muqtada al-Sadr"].key
    assert found["Mumin"].key == found["Abdulqadir Mumin"].key


def test_a_quoted_nickname_in_brackets_is_an_alias() -> None:
    found = surface(PEOPLE)
    assert found["Abwakasa"].key == found["Yusuf Kiggundu Sserwadda"].key


# -- names that are no actors ------------------------------------------------------------------

THINGS = (
    "Attacks around El Fasher\n\n"
    "Thousands of people fled Zamzam camp after shelling on 11 April, aid workers said. The "
    "RSF denied the attack on Telegram, and CCTV footage showed fighters near the market. "
    "Residents said Ugandan Muslim opponents of the government had also arrived. The army "
    "announced Operation Desert Shield against the RSF."
)


def test_camps_platforms_footage_operations_and_nationalities_are_no_actors() -> None:
    names = {m.text for a in document(THINGS).actors for m in a.mentions}
    assert "RSF" in names
    for text in ("Zamzam", "Telegram", "CCTV", "Ugandan Muslim", "Operation Desert Shield"):
        assert text not in names


# -- countries of people and bodies from the words before them ---------------------------------

ROLES = (
    "Reactions to the raid\n\n"
    "Kenyan President Daniel Mwangi said on 15 February that the raiders would be caught. "
    "Ugandan army spokesman Brig. Gen. Paul Okello said the rebels had been weakened. "
    "Britain's Ministry of Defence said two aircraft took part. Iranian foreign ministry "
    "spokesman Reza Tavakoli condemned the strikes."
)


def test_a_nationality_or_a_country_before_the_role_gives_the_country() -> None:
    found = surface(ROLES)
    assert found["Daniel Mwangi"].country == "KE"
    assert found["Paul Okello"].country == "UG"
    assert found["Ministry of Defence"].country == "GB"
    assert found["Reza Tavakoli"].country == "IR"
