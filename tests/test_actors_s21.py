"""Round-21 actor mechanisms, on sentences written for these tests (other conflicts and other
wordings than the reports that showed the classes):

- a person's other name in brackets with lower-case name particles ("(Ahmed Yusuf al-Amin)")
  and a person the model tagged a place, named as the agent of "led by" or in apposition to
  a person's noun ("X, a JNIM official");
- a body whose name opens with a title word ("the General Intelligence Directorate") is no
  titled person, and "the Intelligence Directorate" later is the same body;
- an organisation's name the model cut short (untagged words after it, "X and" before it,
  "of <country>" after it), two acronyms glued by a hyphen that the text defines as one, a
  unit named after a person with its noun in lower case ("the Jaime Ortiz front");
- a group's name less its last noun ("the Giants" after "the Giants Brigades");
- a group's own name after "styled itself" / "calling itself";
- gendarmes with no owner but a place are the report country's gendarmerie.

Each mechanism has sentences where it must not fire.
"""

from __future__ import annotations

import spacy
from spacy.tokens import Doc
from test_places_s8 import annotated

from dossier.nlp.unit_names import _of_country
from dossier.records import Actor, Mention
from dossier.resolve.actors import _tail_dropped_keys

_VOCAB = spacy.blank("en").vocab


def actors(text: str) -> list[Actor]:
    return list(annotated(text)[1])


def by_form(found: list[Actor], form: str) -> Actor | None:
    """The actor one of whose mentions is written ``form``."""
    return next((a for a in found if any(m.text == form for m in a.mentions)), None)


def same(found: list[Actor], one: str, other: str) -> bool:
    a, b = by_form(found, one), by_form(found, other)
    return a is not None and b is not None and a.key == b.key


def apart(found: list[Actor], one: str, other: str) -> bool:
    """Both mentions are found, as two actors (``not same`` passes where one is missing)."""
    a, b = by_form(found, one), by_form(found, other)
    return a is not None and b is not None and a.key != b.key


# -- people: bracketed names with particles, "led by", apposition ----------------------------


def test_bracketed_name_with_lower_case_particles_is_the_same_person() -> None:
    text = (
        "The group's founder, Abu Hamza al-Tunisi (Khalid Omar al-Hashimi), was killed in an "
        "airstrike near Derna on Monday."
    )
    found = actors(text)
    assert same(found, "Abu Hamza al-Tunisi", "Khalid Omar al-Hashimi"), found


def test_two_people_in_brackets_of_a_list_stay_two() -> None:
    text = (
        "Two commanders (Abu Hamza al-Tunisi and Khalid Omar al-Hashimi) were killed in an "
        "airstrike near Derna on Monday."
    )
    found = actors(text)
    assert apart(found, "Abu Hamza al-Tunisi", "Khalid Omar al-Hashimi"), found


def test_leader_after_led_by_is_a_person_with_the_bracketed_nickname() -> None:
    text = (
        "The Hadrami Elite Forces, led by Abdulkarim al-Mahrouqi (Abu Salem), seized the "
        "airstrip at Mukalla on Sunday."
    )
    found = actors(text)
    leader = by_form(found, "Abdulkarim al-Mahrouqi")
    assert leader is not None and leader.type == "person", found
    assert same(found, "Abdulkarim al-Mahrouqi", "Abu Salem"), found


def test_country_after_led_by_stays_the_state() -> None:
    text = "The naval coalition, led by Saudi Arabia, struck Hodeidah port on Monday."
    found = actors(text)
    assert all(a.type != "person" for a in found), found


def test_name_apposed_to_an_official_is_a_person() -> None:
    text = (
        "On 3 May, French troops detained Abu Bakr al-Maghribi, a JNIM official wanted for "
        "the Gao bombing, near Menaka."
    )
    person = by_form(actors(text), "Abu Bakr al-Maghribi")
    assert person is not None and person.type == "person", actors(text)


def test_town_apposed_to_a_place_noun_is_no_person() -> None:
    text = "Troops retook Tessalit, a town in the far north of Mali, on Monday."
    found = actors(text)
    assert by_form(found, "Tessalit") is None or by_form(found, "Tessalit").type != "person"


# -- bodies named with a title word ----------------------------------------------------------


def test_body_named_with_a_title_word_is_no_person() -> None:
    text = (
        "Detainees in Zawiya are held by Libya's General Security Service, residents say. On "
        "4 May the Security Service arrested 12 more people in Zawiya."
    )
    found = actors(text)
    body = by_form(found, "General Security Service")
    assert body is not None and body.type != "person", found
    assert same(found, "General Security Service", "Security Service"), found


def test_titled_general_stays_a_person() -> None:
    text = "General Khalifa Haftar met tribal elders in Benghazi on Tuesday."
    person = by_form(actors(text), "Khalifa Haftar")
    assert person is not None and person.type == "person"


def test_two_bodies_sharing_last_words_are_not_merged_by_the_short_name() -> None:
    text = (
        "The Northern Security Service and the Southern Security Service traded accusations. "
        "The Security Service said nothing."
    )
    found = actors(text)
    assert apart(found, "Northern Security Service", "Southern Security Service"), found
    assert apart(found, "Northern Security Service", "Security Service"), found


# -- names cut short -------------------------------------------------------------------------


def test_outlet_name_with_its_country_is_one_name() -> None:
    text = (
        "The army said in a statement carried by the state-run Daily Mirror of Sudan that its "
        "aircraft had struck a convoy."
    )
    assert by_form(actors(text), "Daily Mirror of Sudan") is not None, actors(text)


def test_body_and_place_after_of_with_a_possessive_stay_apart() -> None:
    # (s21 review) on a parse made by hand: the model seldom splits such a name itself
    def parsed(words: list[str], heads: list[int], tags: list[str]) -> Doc:
        ents = ["O", "B-ORG", "I-ORG", "O", "B-GPE"] + ["O"] * (len(words) - 5)
        return Doc(
            _VOCAB, words=words, heads=heads, deps=["dep"] * len(words), tags=tags, ents=ents
        )

    whole = parsed(
        ["the", "Azawad", "council", "of", "Mali", "said"],
        [2, 2, 5, 2, 3, 5],
        ["DT", "NNP", "NN", "IN", "NNP", "VBD"],
    )
    assert _of_country(whole, whole.ents[0], whole.ents[1])
    owned = parsed(
        ["the", "Azawad", "council", "of", "Mali", "'s", "north"],
        [2, 2, 2, 2, 3, 4, 6],
        ["DT", "NNP", "NN", "IN", "NNP", "POS", "NN"],
    )
    assert not _of_country(owned, owned.ents[0], owned.ents[1])


def test_capitalised_word_and_and_before_a_name_complete_it() -> None:
    text = "On 2 June the Tigray Security and Intelligence Service detained three aid workers."
    found = actors(text)
    assert by_form(found, "Security and Intelligence Service") is not None, found
    assert by_form(found, "Intelligence Service") is None, found


def test_untagged_words_after_a_name_complete_it() -> None:
    text = (
        "Air force jets hit a camp of the Vargas front near Balboa on Friday night, a unit that "
        "also belongs to Cortes's Bloque Oriental Jorge Vargas."
    )
    found = actors(text)
    assert by_form(found, "Bloque Oriental Jorge Vargas") is not None, found


def test_glued_acronyms_defined_as_one_name_stay_one() -> None:
    text = (
        "Fighters of the Mouvement pour le Salut du Sahel (MSS-RDA) seized Ber. On 3 June "
        "the MSS-RDA's leaders met in Kidal."
    )
    found = actors(text)
    assert by_form(found, "MSS-RDA") is not None, found
    assert by_form(found, "RDA") is None, found


def test_glued_acronyms_never_written_as_one_name_stay_two() -> None:
    text = "ISWAP-JAS clashes killed dozens near Lake Chad. ISWAP said it killed 60 JAS fighters."
    found = actors(text)
    assert by_form(found, "ISWAP-JAS") is None, found


def test_unit_named_after_a_person_with_its_noun_in_lower_case() -> None:
    text = (
        "The governor blamed the Jaime Ortiz front for the bombing. A day later the Jaime "
        "Ortiz front denied responsibility."
    )
    unit = by_form(actors(text), "Jaime Ortiz front")
    assert unit is not None and unit.type != "person", actors(text)


def test_battle_front_is_no_unit() -> None:
    text = (
        "Heavy fighting continued on the Marib front on Sunday, and the Sirwah Valley front "
        "stayed quiet."
    )
    found = actors(text)
    assert by_form(found, "Marib front") is None and by_form(found, "Sirwah Valley front") is None


# -- a name less its last noun ---------------------------------------------------------------


def test_short_name_without_its_last_noun_is_the_same_group() -> None:
    text = (
        "On Saturday a drone hit a position of the Tigers Brigades near Hays. The "
        "Emirati-backed Tigers said three fighters died."
    )
    assert same(actors(text), "Tigers Brigades", "Tigers"), actors(text)


def test_short_name_shared_by_two_longer_names_stays_apart() -> None:
    text = (
        "The Hamza Division and the Hamza Brigade clashed near Afrin. Hamza fighters took two "
        "checkpoints."
    )
    found = actors(text)
    assert apart(found, "Hamza Division", "Hamza Brigade"), found


def _org(text: str, start: int) -> Mention:
    end = start + len(text)
    return Mention(start, end, text, "ORG", 0, start, end)


def test_nationality_before_a_group_noun_is_no_short_name() -> None:
    # (s21 review) on the mentions themselves: the model never makes "Kurdish" an ORG
    kurdish = [(_org("Kurdish Front", 4), None, None), (_org("Kurdish", 60), None, None)]
    keys = ["new:kurdish-front", "new:kurdish"]
    assert _tail_dropped_keys(kurdish, keys) == keys
    murad = [(_org("Sultan Murad Division", 4), None, None), (_org("Sultan Murad", 60), None, None)]
    assert _tail_dropped_keys(murad, ["new:division", "new:murad"]) == ["new:division"] * 2


# -- a group naming itself -------------------------------------------------------------------


def test_name_a_group_styled_itself_is_its_other_name() -> None:
    text = (
        "The Lakes Resistance Army, which first styled itself Jeshi la Maziwa Makuu, "
        "attacked Kalehe on Friday."
    )
    assert same(actors(text), "Lakes Resistance Army", "Jeshi la Maziwa Makuu"), actors(text)


def test_name_a_nominal_calls_itself_names_no_other_actor() -> None:
    text = (
        "The FDLR attacked Rutshuru on Monday. In Kalehe, a new militia calling itself Jeshi "
        "la Maziwa Makuu announced its formation."
    )
    found = actors(text)
    assert apart(found, "FDLR", "Jeshi la Maziwa Makuu"), found


def test_name_the_speaker_calls_a_group_is_no_self_naming() -> None:
    text = (
        "The Lakes Resistance Army attacked Kalehe on Friday. Residents call the attackers "
        "Jeshi la Maziwa Makuu."
    )
    found = actors(text)
    assert apart(found, "Lakes Resistance Army", "Jeshi la Maziwa Makuu"), found


# -- gendarmes -------------------------------------------------------------------------------


def test_gendarmes_with_a_place_are_the_report_countrys() -> None:
    text = (
        "Senegal's army said the attack near Kedougou was repelled. Senegal has closed the "
        "border. Two days later, gendarmes in Kolda arrested four suspects."
    )
    found = actors(text)
    gendarmes = by_form(found, "gendarmes")
    assert gendarmes is not None and gendarmes.type == "state_forces", found


def test_gendarmes_of_another_body_are_not_the_states() -> None:
    text = (
        "Senegal's army said the attack near Kedougou was repelled. Senegal has closed the "
        "border. Gendarmes of the rebel administration arrested four traders."
    )
    found = actors(text)
    assert by_form(found, "Gendarmes") is None, found


def test_soldiers_in_another_groups_uniforms_are_not_the_states() -> None:
    text = (
        "Senegal's army said the attack near Kedougou was repelled. Senegal has closed the "
        "border. Gendarmes in rebel uniforms stopped four traders near the river."
    )
    found = actors(text)
    assert by_form(found, "Gendarmes") is None, found


# -- sub-national governments ----------------------------------------------------------------


def test_provincial_government_and_governors_office_are_state_bodies() -> None:
    text = (
        "The governor's office blamed the Jaime Ortiz front for the bombing. The Nampula "
        "provincial government said 300 families had fled."
    )
    found = actors(text)
    # (s21b) a bare "governor's office" says not which province's: no actor (review bug 1)
    assert by_form(found, "governor's office") is None, found
    body = next((a for a in found if "provincial government" in a.name), None)
    assert body is not None and body.type == "government", found


def test_governorate_authority_with_its_place_is_one_name() -> None:
    text = "Two children were killed, according to the Lattakia governorate authority."
    assert by_form(actors(text), "Lattakia governorate authority") is not None, actors(text)


def test_unnamed_local_authorities_and_a_provincial_capital_are_no_body() -> None:
    text = (
        "Local authorities said four people died in the provincial capital. Regional "
        "authorities declined to comment, and the state governor visited the wounded."
    )
    found = actors(text)
    assert not any(
        "authorities" in m.text or "capital" in m.text for a in found for m in a.mentions
    ), found
