"""(s19, mucb) Who did an attack, and who it hit, told apart from the attack's own clause:
involvement ("implicated X in", "X took part in", "X was the mastermind of", "arrested X
after"), a counted list the parser reads as appositions, a possessive pronoun standing for
its clause's subject, "one of the men involved", victims named "among the victims" or as
"one of the dead", and a place the parser made the subject ahead of the party. Every
sentence is written for the test, about other conflicts than the development reports."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.event_rules import load_event_rules
from dossier.extract.events import EventFrame, extract_event_frames
from dossier.records import DateValue

DOC_DATE = DateValue("2024-03-10", "day")


def _assaults(text: str) -> list[EventFrame]:
    ann = annotate_text(text, DOC_DATE)
    frames = extract_event_frames(
        ann.doc, ann.actors, ann.places, ann.timexes, DOC_DATE, load_event_rules()
    )
    return [f for f in frames if f.event.type == "ASSAULT"]


def _perps(text: str) -> list[str]:
    return [text[s:e] for f in _assaults(text) for s, e in f.perpetrators]


def _victims(text: str) -> list[str]:
    return [text[s:e] for f in _assaults(text) for s, e in f.victims]


# ----------------------------------------------------------------- involvement statements


def test_whom_a_prosecutor_implicates_in_a_killing_did_it() -> None:
    text = (
        "Gunmen shot dead a village chief in Tillia on 3 March. Prosecutors later implicated "
        "two police officers and a local trader in the killing."
    )
    perps = _perps(text)
    assert "two police officers" in perps
    assert "local trader" in perps


def test_who_took_part_in_a_bombing_did_it() -> None:
    text = (
        "A roadside bomb killed four pilgrims near Kirkuk on 2 March. Investigators said "
        "three militia members had taken part in the bombing."
    )
    assert "three militia members" in _perps(text)


def test_the_mastermind_of_a_murder_did_it_unless_denied() -> None:
    said = (
        "A judge was shot dead in Lahore on 5 March. The court found that Imran Qadir was "
        "the mastermind of the murder."
    )
    assert "Imran Qadir" in _perps(said)
    denied = said.replace("was the mastermind", "was not the mastermind")
    assert "Imran Qadir" not in _perps(denied)


def test_a_parade_is_no_attack_to_take_part_in() -> None:
    # (mucb2) an attack told just before, so that a parade read as one would show
    text = (
        "Gunmen ambushed a minibus near Lashio on 7 March. Soldiers took part in a parade in "
        "Yangon on 8 March."
    )
    assert "Soldiers" not in _perps(text)


def test_named_people_arrested_after_an_attack_are_its_suspects() -> None:
    text = (
        "A bus was torched near Bamenda on 1 March. Police arrested Peter Nkwenti and "
        "Samuel Fon following the attack."
    )
    perps = _perps(text)
    assert "Peter Nkwenti" in perps
    assert "Samuel Fon" in perps  # the second of one statement's co-doers


def test_a_mass_round_up_after_an_attack_suspects_no_one() -> None:
    text = (
        "A bus was torched near Bamenda on 1 March. More than 300 people were detained "
        "following the attack."
    )
    assert _perps(text) == []


def test_a_counted_list_read_as_appositions_names_every_party() -> None:
    text = (
        "Two aid workers were kidnapped in Gao on 4 March. Sources said a sergeant, two "
        "corporals and three soldiers were involved in the kidnapping."
    )
    perps = _perps(text)
    assert {"sergeant", "two corporals", "three soldiers"} <= set(perps)


def test_their_involvement_is_the_arrested_groups() -> None:
    text = (
        "A group of men, including two former soldiers, were arrested on Tuesday because of "
        "their involvement in the ambush that killed five villagers near Djibo."
    )
    perps = _perps(text)
    assert "group of men" in perps
    assert "two former soldiers" in perps
    assert "their" not in perps


def test_one_of_the_officers_involved_is_the_named_officer() -> None:
    text = (
        "Villagers were massacred in Sagaing on 2 March. Maj. Aung Kyaw, one of the officers "
        "involved in the massacre, was promoted."
    )
    assert any("Aung Kyaw" in p for p in _perps(text))


# ----------------------------------------------------------------- victims named apart


def test_the_names_among_the_victims_are_victims() -> None:
    text = (
        "A grenade attack wounded nine shoppers in Goma on 6 March. Among the victims were "
        "two traders, Grace Uwase and Jean-Paul Kasongo."
    )
    assert any("Kasongo" in v for v in _victims(text))


def test_one_of_the_dead_is_a_victim() -> None:
    text = (
        "A car bomb exploded outside a hotel in Mogadishu on 7 March, killing six people. One "
        "of the dead was Abdi Farah Yusuf, a city councillor."
    )
    assert "Abdi Farah Yusuf" in _victims(text)


# ----------------------------------------------------------------- a place read as subject


def test_a_place_opening_the_sentence_is_not_who_attacked() -> None:
    # (mucb2) a sentence of its own, not a development report's
    text = (
        "In Cabo Delgado province, Mocimboa da Praia, insurgents beheaded two fishermen on "
        "the beach on 8 March."
    )
    perps = _perps(text)
    assert "insurgents" in perps
    assert not any("Mocimboa" in p or "Cabo Delgado" in p for p in perps)


def test_a_where_clause_of_a_place_hit_is_no_attacker() -> None:
    perps = _perps("The army shelled Kidal on 2 March, where residents had gathered at the market.")
    assert "residents" not in perps


# ----------------------------------------------------------------- claims and blame


def test_a_group_calling_itself_by_a_name_is_that_name() -> None:
    text = (
        "A bomb exploded at a bus station in Jijiga on 4 March, killing three. A group "
        "calling itself the Free Highlands Brigade claimed responsibility for the attack."
    )
    perps = _perps(text)
    assert "Free Highlands Brigade" in perps
    assert "group" not in perps


def test_a_claim_told_in_the_passive_names_its_claimant() -> None:
    text = (
        "A bomb exploded at a bus station in Jijiga on 4 March, killing three. Responsibility "
        "for the attack was claimed by the Free Highlands Brigade."
    )
    (bomb,) = _assaults(text)
    assert bomb.event.responsibility == "claimed"
    assert "Free Highlands Brigade" in [text[s:e] for s, e in bomb.perpetrators]


def test_no_responsibility_claimed_by_any_group_is_no_claim() -> None:
    text = (
        "A bomb exploded at a bus station in Jijiga on 4 March, killing three. No "
        "responsibility was claimed by any group."
    )
    (bomb,) = _assaults(text)
    assert bomb.event.responsibility is None
    assert bomb.perpetrators == ()


def test_the_attack_blamed_on_someone_is_not_its_own_perpetrator() -> None:
    text = (
        "A bomb exploded at a bus station in Jijiga on 4 March, killing three. A group "
        "calling for talks blamed the attack on the army."
    )
    perps = _perps(text)
    assert "army" in perps
    assert "attack" not in perps
