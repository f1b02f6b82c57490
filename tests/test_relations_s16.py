"""Relations, round s16: the constructions the fresh reports state relations in, each as a
class of wordings rather than one sentence: a merger into an alliance (its groups become
members); a membership its accuser states ("accused of membership in Y, A and B"); a
closeness to a body (a hedged affiliation); a party's word for a group ("which Kinshasa calls
a proxy of Y": reported) and an apposition naming a front or a group's units; clashes
between two sides with an aside after the first; a base named as a noun of the group
("camps of Y in P"); a group's area in an apposition ("the main rebel group fighting in P");
a short-lived hold with its dates; a long aside before the verb ("referred to as ... split
from Y"); an apposition followed by a relative clause ("X, the other main group, which is
led by Z"); "is being funded ... by"; "headquartered at".

Sentences written for these tests, run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=text, content_hash="test")
    return process_raw(raw)


def rels(text: str) -> set[tuple[str, str, str, str]]:
    """(subject name, predicate, object name or place text, certainty) of each relation."""
    doc = document(text)
    names = {a.key: a.name for a in doc.actors}
    out = set()
    for r in doc.relations:
        if r.object_actor:
            obj = names.get(r.object_actor, r.object_actor)
        else:
            obj = r.object_place.text if r.object_place else ""
        out.add((names.get(r.subject, r.subject), r.predicate, obj, r.certainty))
    return out


def pairs(text: str) -> set[tuple[str, str, str]]:
    return {(s, p, o) for s, p, o, _ in rels(text)}


def periods(text: str, predicate: str) -> set[str | None]:
    return {r.period for r in document(text).relations if r.predicate == predicate}


# -- mergers into an alliance -------------------------------------------------------------


def test_merged_into_named_alliance_makes_members() -> None:
    text = (
        "Ansar Dine and al-Mourabitoun merged into the Jama'at Nusrat al-Islam "
        "wal-Muslimin alliance in 2017."
    )
    got = pairs(text)
    assert ("Ansar Dine", "member_of", "Jama'at Nusrat al-Islam wal-Muslimin") in got
    assert ("al-Mourabitoun", "member_of", "Jama'at Nusrat al-Islam wal-Muslimin") in got


def test_joined_with_others_to_form_coalition_makes_member() -> None:
    text = (
        "In March, Ansar Dine said it had joined with two smaller factions to form a new "
        "coalition, Jama'at Nusrat al-Islam wal-Muslimin."
    )
    assert ("Ansar Dine", "member_of", "Jama'at Nusrat al-Islam wal-Muslimin") in pairs(text)


# -- memberships an accuser states ----------------------------------------------------------


def test_accused_of_membership_list_is_reported_membership() -> None:
    text = (
        "Two men accused of membership in al-Shabaab, Ali Warsame and Hassan Dhere, were "
        "sentenced in Mogadishu."
    )
    got = rels(text)
    assert ("Ali Warsame", "member_of", "al-Shabaab", "reported") in got
    assert ("Hassan Dhere", "member_of", "al-Shabaab", "reported") in got


def test_convicted_of_belonging_is_reported_membership() -> None:
    text = "Ali Warsame, who was convicted of belonging to al-Shabaab, was hanged on Monday."
    assert ("Ali Warsame", "member_of", "al-Shabaab", "reported") in rels(text)


# -- closeness, fronts, a party's word ------------------------------------------------------


def test_close_to_in_relative_clause_is_hedged_affiliation() -> None:
    text = "The Amaq news agency, which is close to the Islamic State, published the video."
    assert ("Amaq News Agency", "affiliate_of", "Islamic State", "hedged") in rels(text)


def test_close_to_in_apposition_is_hedged_affiliation() -> None:
    text = "The Ansar Company, a militia close to al-Shabaab, claimed the ambush."
    assert ("Ansar Company", "affiliate_of", "al-Shabaab", "hedged") in rels(text)


def test_party_calls_group_offshoot_is_reported_affiliation() -> None:
    text = (
        "Al-Mourabitoun, which French officials describe as an offshoot of al-Qaeda in the "
        "Islamic Maghreb, attacked the hotel."
    )
    got = rels(text)
    assert ("al-Mourabitoun", "affiliate_of", "al-Qaeda in the Islamic Maghreb", "reported") in got


def test_apposition_extension_of_is_affiliation() -> None:
    text = "The Maute group, an extension of the Islamic State, held Marawi."
    assert ("Maute Group", "affiliate_of", "Islamic State") in pairs(text)


def test_front_for_one_group_is_no_membership_of_it() -> None:
    # "a front for A and B" has members; a front for one group is that group's affiliate
    text = "Police said the Ansaru group, a front for Boko Haram, had planted the device."
    got = pairs(text)
    assert ("Ansaru", "affiliate_of", "Boko Haram") in got
    assert ("Boko Haram", "member_of", "Ansaru") not in got


def test_armed_cells_of_group_is_branch() -> None:
    text = (
        "The Mahdi Fighters, the armed cells of the Popular Mobilization Forces, fired "
        "rockets at the base."
    )
    assert ("Mahdi Fighters", "affiliate_of", "Popular Mobilization Forces") in pairs(text)


# -- hostility with an aside after the first side -------------------------------------------


def test_clashes_between_sides_with_apposition() -> None:
    text = (
        "The rivalry between al-Shabaab, the jihadists who control much of the countryside, "
        "and the Somali National Army shows no sign of ending."
    )
    assert ("al-Shabaab", "hostile_to", "Somali National Army") in pairs(text)


def test_fighting_between_sides_with_relative_clause() -> None:
    text = (
        "Fighting between the Arakan Army, which controls most of Rakhine, and the "
        "Tatmadaw killed dozens."
    )
    assert ("Arakan Army", "hostile_to", "Tatmadaw") in pairs(text)


def test_first_side_with_relative_clause_and_second_have_fought() -> None:
    text = (
        "Boko Haram, which has been at war with the Nigerian government since 2009, and the "
        "Islamic State West Africa Province have fought over Sambisa."
    )
    got = pairs(text)
    assert ("Boko Haram", "hostile_to", "Islamic State West Africa Province") in got
    assert ("Boko Haram", "hostile_to", "Government of Nigeria") in got


# -- bases and areas --------------------------------------------------------------------------


def test_camps_of_group_in_place_is_base() -> None:
    text = "Troops destroyed camps of the Islamic State West Africa Province in Borno."
    assert ("Islamic State West Africa Province", "based_in", "Borno") in pairs(text)


def test_hideouts_of_group_in_place_is_base() -> None:
    text = "Kenyan jets bombed hideouts of al-Shabaab in Gedo."
    assert ("al-Shabaab", "based_in", "Gedo") in pairs(text)


def test_active_along_place() -> None:
    text = "Al-Shabaab fighters, long active along the Juba River, raided Jilib."
    assert ("al-Shabaab", "operates_in", "Juba River") in pairs(text)


def test_main_group_fighting_for_places_in_apposition() -> None:
    text = (
        "The Taliban, the main insurgent movement fighting for control of Helmand and "
        "Kandahar, attacked a base."
    )
    got = pairs(text)
    assert ("Taliban", "operates_in", "Helmand") in got
    assert ("Taliban", "operates_in", "Kandahar") in got


def test_apposition_then_relative_clause_led_and_active() -> None:
    text = (
        "The Houthis, the other main armed force, which is led by Abdul-Malik al-Houthi and "
        "is active mainly in Saada and Hajjah, denied it."
    )
    got = pairs(text)
    assert ("Abdul-Malik al-Houthi", "leader_of", "Houthis") in got
    assert ("Houthis", "operates_in", "Hajjah") in got


def test_headquartered_at_place() -> None:
    text = "The Special Deterrence Force is headquartered at Mitiga airport."
    assert ("Special Deterrence Force", "based_in", "Mitiga airport") in pairs(text)


# -- control, splits, support -----------------------------------------------------------------


def test_brief_hold_keeps_its_day_range() -> None:
    text = "The Arakan Army briefly took control of Paletwa town (Chin State) on 4 to 6 May."
    assert ("Arakan Army", "controls", "Paletwa") in pairs(text)
    assert periods(text, "controls") == {"4 to 6 May"}


def test_long_participle_aside_before_split() -> None:
    text = (
        'The Gambella People\'s Front, referred to by the government as "Shifta" or '
        '"GPF-Shifta" (a term its members consider insulting), split from the Gambella '
        "People's Movement in 2017."
    )
    got = pairs(text)
    assert ("Gambella People's Front", "split_from", "Gambella People's Movement") in got


def test_being_funded_armed_and_directed_by_state() -> None:
    text = "Kataib Hezbollah is being funded, armed and directed by Iran, US officials say."
    assert ("Government of Iran", "supports", "Kata'ib Hezbollah") in pairs(text)


def test_plural_subject_shelters() -> None:
    text = "The Haqqani Network and the Taliban shelter al-Qaeda fighters in Kunar."
    assert ("Taliban", "supports", "al-Qaeda") in pairs(text)


def test_base_form_harbour_is_support() -> None:
    text = "The Taliban harbour al-Qaeda, according to UN monitors."
    assert ("Taliban", "supports", "al-Qaeda", "reported") in rels(text)


def test_being_armed_by_group() -> None:
    text = "Al-Shabaab is being armed by al-Qaeda in the Arabian Peninsula, officials said."
    assert ("al-Qaeda in the Arabian Peninsula", "supports", "al-Shabaab") in pairs(text)


def test_based_at_in_participle_aside() -> None:
    text = "The Stability Support Apparatus, based at Abu Salim, denied involvement."
    assert ("Stability Support Apparatus", "based_in", "Abu Salim") in pairs(text)


def test_brief_seizure_with_district_in_parenthesis() -> None:
    text = "Al-Shabaab briefly seized Mahas (Hiran region) on 3–4 June."
    assert periods(text, "controls") == {"3–4 June"}


def test_designated_aside_before_split() -> None:
    text = (
        "Jabhat al-Nusra, designated by Washington as a terrorist group in 2012 (when it was "
        "still secretive about its origins), split from the Islamic State of Iraq in 2013."
    )
    assert any(p == "split_from" and s == "al-Nusra Front" for s, p, _ in pairs(text))


def test_apposition_then_relative_clause_active_in() -> None:
    text = (
        "The Arakan Army, the strongest ethnic army in the west, which is led by Twan Mrat "
        "Naing and is active mainly in Rakhine and Chin, seized the town."
    )
    got = pairs(text)
    assert ("Arakan Army", "operates_in", "Rakhine") in got
    assert ("Arakan Army", "operates_in", "Chin") in got


def test_officials_describe_as_extension_is_reported_affiliation() -> None:
    text = (
        "Kataib Hezbollah, which US officials describe as an extension of the Islamic "
        "Revolutionary Guard Corps, fired drones at the base."
    )
    got = rels(text)
    assert (
        "Kata'ib Hezbollah",
        "affiliate_of",
        "Islamic Revolutionary Guard Corps",
        "reported",
    ) in got


def test_group_close_to_is_hedged_affiliation() -> None:
    text = "The Haqqani Network, a group close to the Taliban, denied the report."
    assert ("Haqqani Network", "affiliate_of", "Taliban", "hedged") in rels(text)


# -- memberships a describer states -----------------------------------------------------------


def test_whom_police_described_as_group_commander() -> None:
    text = (
        "Police named one of the dead as Musa Kabiru, 31, whom they described as a Boko "
        "Haram commander wanted for a 2023 bombing."
    )
    assert ("Musa Kabiru", "member_of", "Boko Haram", "reported") in rels(text)


def test_identified_by_army_as_group_expert() -> None:
    text = "Hassan Dhere was identified by the army as a senior al-Shabaab explosives expert."
    assert ("Hassan Dhere", "member_of", "al-Shabaab", "reported") in rels(text)


def test_who_officials_described_as_fighter() -> None:
    text = "Ali Warsame, who officials described as an al-Shabaab fighter, was killed."
    assert ("Ali Warsame", "member_of", "al-Shabaab", "reported") in rels(text)


# -- bases named as nouns, support as a noun, hostility as a state ----------------------------


def test_group_stronghold_of_place() -> None:
    text = "Troops advanced on the al-Shabaab stronghold of Baidoa."
    assert ("al-Shabaab", "based_in", "Baidoa") in pairs(text)


def test_group_main_base_at_place() -> None:
    text = "Soldiers shelled the Islamic State West Africa Province's main base at Sambisa."
    assert ("Islamic State West Africa Province", "based_in", "Sambisa") in pairs(text)


def test_place_apposition_base_of_group_but_not_former_base() -> None:
    text = "The army said Afrin, an important base of the Kurdistan Workers' Party, had fallen."
    assert ("Kurdistan Workers' Party", "based_in", "Afrin") in pairs(text)
    text = "The army said Afrin, a former base of the Kurdistan Workers' Party, had fallen."
    assert ("Kurdistan Workers' Party", "based_in", "Afrin") not in pairs(text)


def test_fighters_operate_from_hideouts_in_place() -> None:
    text = "Al-Shabaab fighters operate from hideouts in Baidoa."
    assert ("al-Shabaab", "based_in", "Baidoa") in pairs(text)


def test_possessive_support_noun() -> None:
    text = "Rwanda's support for the March 23 Movement has drawn sanctions."
    assert ("Rwanda", "supports", "March 23 Movement") in pairs(text)


def test_possessive_alleged_support_is_hedged() -> None:
    text = "Rwanda's alleged support for the March 23 Movement has drawn sanctions."
    assert ("Rwanda", "supports", "March 23 Movement", "hedged") in rels(text)


def test_embroiled_in_feud_with() -> None:
    text = "Al-Shabaab is embroiled in a feud with the Islamic State Somalia Province."
    assert ("al-Shabaab", "hostile_to", "Islamic State Somalia Province") in pairs(text)


def test_locked_in_struggle_against() -> None:
    text = (
        "The Taliban are locked in a bitter struggle against the Islamic State Khorasan Province."
    )
    assert ("Taliban", "hostile_to", "Islamic State Khorasan Province") in pairs(text)
