"""Relations of people and of organisations' parts, round s24 (relA).

- An apposition or title binds a name to the noun phrase beside it, never across the comma
  that closes a fronted participle clause: "Condemning X, the governor's spokesman, N,
  said ..." makes N no member of X; a participle that states the tie itself keeps it.
- A body an outlet's verb takes ("N was cited by Z as saying") is the outlet, not N's body.
- A group's publications and channels are its members; its station, wing or arm a branch.
- A person's name that owns a group's name leads it: "the X of N", "N's X".
- A coalition's name followed by a dash-set list of two names or more: each is a member.
- A title set off after a name ("N, an army spokesman, said") names the national force the
  report calls so; "defence" and "junta" name the army and the ruling government.
- A past participle after a comma modifies the name just before it: "merged into the X
  (XY), led by N": N leads X, not the groups that merged.

Short texts written for these tests (other conflicts and wordings than the development
reports), run through the whole pipeline as ingest runs it.
"""

from __future__ import annotations

from functools import lru_cache

from relation_helpers import about, named_pairs, named_ties

from dossier.pipeline import process_raw
from dossier.records import Document, RawDocument

DATE = "Situation report, 14 June 2025.\n\n"


@lru_cache(maxsize=64)
def document(text: str) -> Document:
    raw = RawDocument(path="report.txt", format="text", text=DATE + text, content_hash="s24a")
    return process_raw(raw)


def pairs(text: str, predicate: str) -> set[tuple[str, str]]:
    """(subject name, object name) of the document's non-negated relations of a type."""
    return named_pairs(document(text), predicate)


def ties(text: str) -> set[tuple[str, str, str]]:
    """(subject, predicate, object) of every actor-actor relation the document states."""
    return named_ties(document(text))


# --- appositions across a fronted clause -------------------------------------------


def test_speaker_after_fronted_participle_is_no_member_of_its_object() -> None:
    text = (
        "Condemning the Lord's Resistance Army, the governor's spokesman, Peter Odongo, "
        "said the raid had been planned for weeks."
    )
    assert not about(ties(text), "Odongo", "Lord")


def test_office_after_fronted_participle_is_no_part_of_its_object() -> None:
    text = (
        "Blaming Boko Haram, the army's spokesman, Colonel Ibrahim Sani, said that nine "
        "soldiers had died."
    )
    assert not about(ties(text), "Sani", "Boko")


def test_agent_of_a_fronted_message_is_no_body_of_the_speaker() -> None:
    text = (
        "Speaking through a clip that al-Furqan put online, the movement's spokesman, Abu "
        "Omar al-Muhajir, told supporters to stay in their cells."
    )
    assert not about(ties(text), "Muhajir", "Furqan")


def test_speaker_after_a_fronted_subordinate_clause_is_no_member_of_its_subject() -> None:
    text = (
        "While al-Shabaab fighters besieged the base, a government spokesman, Ali Hassan, "
        "said reinforcements were coming."
    )
    assert not about(ties(text), "Hassan", "Shabaab")
    text = (
        "Although Boko Haram denied it, the army's spokesman, Colonel Ibrahim Sani, said the "
        "group planted the bomb."
    )
    assert not about(ties(text), "Sani", "Boko")


def test_possessive_pronoun_after_a_fronted_clause_keeps_the_tie() -> None:
    text = (
        "When the ADF attacked Beni, its spokesman, Musa Kasereka, said the town was a "
        "legitimate target."
    )
    assert ("Musa Kasereka", "Allied Democratic Forces") in pairs(text, "member_of")


def test_fronted_participle_naming_whom_the_speaker_stands_for_keeps_the_tie() -> None:
    text = (
        "Speaking on behalf of the ADF, a rebel spokesman, Musa Kasereka, said the town was "
        "a target."
    )
    assert ("Musa Kasereka", "Allied Democratic Forces") in pairs(text, "member_of")


def test_speaker_of_a_trailing_reporting_clause_is_no_member_of_what_he_reports() -> None:
    text = (
        "The ADF killed 12 civilians in Beni, a government spokesman, Ali Hassan, told reporters."
    )
    assert not about(ties(text), "Hassan", "Allied")
    text = "The ADF killed 12 civilians in Beni, said Patrick Muyaya, the government's spokesman."
    assert not about(ties(text), "Muyaya", "Allied")


def test_trailing_reporting_clause_keeps_the_ties_it_states_or_its_pronoun_refers() -> None:
    text = "The ADF attacked Beni, its spokesman, Musa Kasereka, said on Monday."
    assert ("Musa Kasereka", "Allied Democratic Forces") in pairs(text, "member_of")


def test_fronted_phrase_without_participle_keeps_its_role() -> None:
    text = "As leader of the ADF, Musa Baluku ordered the raids on the villages."
    assert ("Musa Baluku", "Allied Democratic Forces") in pairs(text, "leader_of")


# --- outlets -----------------------------------------------------------------------


def test_speaker_cited_by_an_outlet_is_no_member_of_it() -> None:
    text = (
        "Ahmed Salah, a police commander, was cited by Reuters as saying that the rebels "
        "had withdrawn from the market."
    )
    assert not {p for p in pairs(text, "member_of") if p[1] == "Reuters"}


def test_a_groups_channel_and_magazine_are_its_members() -> None:
    text = "Hezbollah's Al-Manar television channel broadcast the speech on Sunday."
    assert ("Al-Manar", "Hezbollah") in pairs(text, "member_of")
    assert ("Al-Manar", "Hezbollah") not in pairs(text, "branch_of")
    text = "Dabiq, the Islamic State's English-language magazine, praised the attack."
    assert ("Dabiq", "Islamic State") in pairs(text, "member_of")


def test_a_groups_station_stays_a_branch() -> None:
    text = "Hezbollah's Al-Manar station broadcast the speech on Sunday."
    assert ("Al-Manar", "Hezbollah") in pairs(text, "branch_of")


def test_an_outlet_that_reports_on_a_group_is_none_of_its() -> None:
    text = "Al-Manar, a station that often criticises Hezbollah, broadcast the speech."
    assert not about(ties(text), "Manar", "Hezbollah")
    text = "Reuters and Al-Manar reported that Hezbollah had fired rockets at the base."
    assert not about(ties(text), "Manar", "Hezbollah")


# --- a person's name owning a group's ----------------------------------------------


def test_group_of_a_person_is_led_by_him() -> None:
    text = "The Wagner Group of Yevgeny Prigozhin recruited fighters in the south."
    assert ("Yevgeny Prigozhin", "Wagner Group") in pairs(text, "leader_of")
    text = (
        "The Patriotic Movement (MP) of Hassan Diab, which is allied to the government, "
        "attacked the town."
    )
    assert ("Hassan Diab", "Patriotic Movement") in pairs(text, "leader_of")


def test_people_of_a_person_or_his_words_make_no_leader() -> None:
    assert not pairs("The fighters of Hassan Diab attacked the convoy at dawn.", "leader_of")
    text = "A statement of Hassan Diab was read on the radio of the Patriotic Movement."
    assert not pairs(text, "leader_of")
    text = "Hassan Diab's rivals in the Patriotic Movement rejected the deal."
    assert not pairs(text, "leader_of")


def test_a_state_force_of_a_person_is_not_read() -> None:
    text = "The army of General Mahamat Deby attacked the rebels near the border."
    assert not pairs(text, "leader_of")


# --- members listed after a dash ---------------------------------------------------


def test_coalition_members_listed_after_a_dash() -> None:
    text = (
        "The Northern Alliance — the Shura Front, the Mountain Brigade and the Valley "
        "Movement — launched an offensive in May."
    )
    members = pairs(text, "member_of")
    assert {
        ("Shura Front", "Northern Alliance"),
        ("Mountain Brigade", "Northern Alliance"),
        ("Valley Movement", "Northern Alliance"),
    } <= members


def test_no_members_from_a_single_dash_apposition_a_comma_list_or_a_negation() -> None:
    text = "The Northern Alliance — the Shura Front's main rival — launched an offensive in May."
    assert not pairs(text, "member_of")
    text = "The Northern Alliance, the Shura Front and the Valley Movement signed the deal in May."
    assert not pairs(text, "member_of")
    text = (
        "The Northern Alliance — not the Shura Front or the Valley Movement — launched the "
        "offensive."
    )
    assert not pairs(text, "member_of")


# --- titles set off after a name ---------------------------------------------------


def test_title_apposition_after_a_name_names_the_national_force() -> None:
    text = (
        "The Nigerian Army said it repelled the attack. Captain Musa Bello, an army "
        "spokesman, said ten soldiers died."
    )
    assert ("Musa Bello", "Nigerian Army") in pairs(text, "member_of")
    text = (
        "The Indian Army launched an operation in Kashmir. Lt Col Rakesh Sharma, a defence "
        "spokesman in Jammu, said two militants were killed."
    )
    assert ("Rakesh Sharma", "Indian Army") in pairs(text, "member_of")


def test_junta_spokesman_is_a_member_of_the_ruling_government() -> None:
    text = (
        "Myanmar's military junta said the rebels had shelled the market. A junta "
        "spokesman, Major General Aung Min, denied any shelling."
    )
    members = pairs(text, "member_of")
    assert members and all(p[0] == "Aung Min" for p in members)
    assert not {p for p in members if "Army" in p[1]}


def test_a_past_or_rebel_title_names_no_national_force() -> None:
    text = (
        "The Nigerian Army said it repelled the attack. Captain Musa Bello, a former army "
        "spokesman, said ten soldiers died."
    )
    assert not pairs(text, "member_of")
    text = (
        "The Nigerian Army said it repelled the attack. Ali Musa, a rebel spokesman, said "
        "ten soldiers died."
    )
    assert not pairs(text, "member_of")


# --- a participle after a comma ----------------------------------------------------


def test_participle_after_a_name_leads_that_name() -> None:
    text = "In March the two militias merged into the Patriotic Front (PF), led by Hassan Diab."
    assert pairs(text, "leader_of") == {("Hassan Diab", "Patriotic Front")}
    text = "The Kabar Brigade joined the Shura Front, led by Hassan Diab, in 2020."
    assert ("Hassan Diab", "Kabar Brigade") not in pairs(text, "leader_of")
    assert ("Hassan Diab", "Shura Front") in pairs(text, "leader_of")


def test_participle_after_a_bracketed_aside_leads_the_name_before_it() -> None:
    text = (
        "The Northern Alliance (in Arabic: Tahaluf al-Shamal), chaired by Hassan Diab, "
        "rejected the plan."
    )
    assert pairs(text, "leader_of") == {("Hassan Diab", "Northern Alliance")}


# --- role nouns --------------------------------------------------------------------


def test_heads_of_a_body_by_other_role_nouns() -> None:
    text = "Anna Weber, co-chair of the Green Party, resigned on Friday."
    assert ("Anna Weber", "Green Party") in pairs(text, "leader_of")


def test_head_of_a_part_of_a_body_is_its_member() -> None:
    text = "Omar Farah, director of Human Rights Watch's Africa division, criticised the raid."
    assert not pairs(text, "leader_of")
    assert ("Omar Farah", "Human Rights Watch") in pairs(text, "member_of")


# --- a name's kind told by the noun it is set beside ---------------------------------


def test_name_in_apposition_to_a_part_noun_is_that_part() -> None:
    text = "Hakkal, the BLA's new media wing, released a video on Sunday."
    assert ("Hakkal", "Balochistan Liberation Army") in pairs(text, "branch_of")


def test_person_in_apposition_to_a_role_noun_stays_a_person() -> None:
    text = "The BLA's leader, Bashir Zeb Baloch, released a video on Sunday."
    assert ("Bashir Zeb Baloch", "Balochistan Liberation Army") in pairs(text, "leader_of")
    assert not pairs(text, "branch_of")
