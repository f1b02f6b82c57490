"""(s19, mucb2) Regressions of the event-roles review: an involvement the sentence does not
assert (denied, of no one, an open question) makes no suspect; names placed after their
description among the victims; a co-doer told beside a reference to the attack reaches the
attack; a passive claim with the attack as subject; a target of the blamed attack is no
perpetrator; doer nouns need the deed they did. Every sentence is written for the test, in
wordings and about conflicts of its own."""

from __future__ import annotations

from test_events_roles_s19 import _assaults

from dossier.records import DateValue

DOC_DATE = DateValue("2024-03-10", "day")


def _spans(text: str, spans: tuple[tuple[int, int], ...]) -> list[str]:
    return [text[s:e] for s, e in spans]


def _perps(text: str) -> list[str]:
    return [p for f in _assaults(text) for p in _spans(text, f.perpetrators)]


def _victims(text: str) -> list[str]:
    return [v for f in _assaults(text) for v in _spans(text, f.victims)]


# ----------------------------------------------------------- involvement not asserted


def test_no_one_involved_is_no_suspect() -> None:
    text = (
        "Militiamen ambushed a fuel convoy near Kidal on 6 March. The governor said that no "
        "policemen were involved in the ambush."
    )
    (ambush,) = _assaults(text)
    assert "policemen" not in _spans(text, ambush.perpetrators)
    assert ambush.event.responsibility is None
    # the same sentence asserting it does make a suspect
    said = text.replace("no policemen", "two policemen")
    assert "two policemen" in _perps(said)


def test_an_open_question_of_involvement_is_no_suspect() -> None:
    text = (
        "Rebels burned a clinic in Kaga Bandoro on 2 March. A commission will establish "
        "whether any soldiers took part in the burning of the clinic."
    )
    assert not any("soldiers" in p for p in _perps(text))
    asked = (
        "Rebels burned a clinic in Kaga Bandoro on 2 March. Prosecutors are asking if "
        "customs officers were involved in the arson."
    )
    assert not any("officers" in p for p in _perps(asked))


def test_a_denied_part_in_an_attack_is_no_suspect() -> None:
    text = (
        "Gunmen raided a mine in Kaduna on 4 March. The police denied that its officers took "
        "part in the raid."
    )
    assert not any("officers" in p for p in _perps(text))


# ----------------------------------------------------------- victims named apart


def test_a_name_after_its_description_among_the_dead_is_a_victim() -> None:
    text = (
        "Gunmen shot dead five miners near Tongo Tongo on 3 March. One of the dead was a "
        "mine foreman, Ibrahim Sandouno."
    )
    assert "Ibrahim Sandouno" in _victims(text)


def test_names_after_descriptions_among_the_victims_are_victims() -> None:
    text = (
        "A grenade wounded eleven traders at a market in Bujumbura on 5 March. Among the "
        "victims were a teacher, Claudine Ndayishimiye, and a nurse."
    )
    assert "Claudine Ndayishimiye" in _victims(text)


# ----------------------------------------------------------- a co-doer beside "the attack"


def test_a_mastermind_named_after_the_attack_joins_it() -> None:
    text = (
        "Al-Shabaab fighters attacked a police station in Mandera on 8 March. Officials said "
        "Ahmed Iman Ali was the mastermind of the raid."
    )
    first = _assaults(text)[0]
    perps = _spans(text, first.perpetrators)
    assert "Ahmed Iman Ali" in perps
    assert any("Al-Shabaab" in p for p in perps)
    assert first.event.responsibility is None  # the raid's own doers stand as told


def test_who_took_part_named_after_the_attack_joins_it() -> None:
    text = (
        "ADF rebels raided a hospital in Oicha on 4 March. Witnesses said several Mai-Mai "
        "commanders took part in the assault."
    )
    first = _assaults(text)[0]
    assert "several Mai-Mai commanders" in _spans(text, first.perpetrators)


# ----------------------------------------------------------- claims and blame


def test_an_attack_claimed_in_the_passive_is_claimed() -> None:
    text = (
        "A car bomb struck a checkpoint in Quetta on 3 March. The bombing was claimed by "
        "the Baloch Liberation Front."
    )
    (bomb,) = _assaults(text)
    assert bomb.event.responsibility == "claimed"
    assert "Baloch Liberation Front" in _spans(text, bomb.perpetrators)


def test_no_attack_claimed_by_any_group_is_no_claim() -> None:
    text = (
        "A car bomb struck a checkpoint in Quetta on 3 March. No attack was claimed by any group."
    )
    assert all(f.event.responsibility != "claimed" for f in _assaults(text))


def test_the_target_of_a_blamed_attack_is_no_perpetrator() -> None:
    text = (
        "A grenade was thrown at a bus in Jos on 5 March. Police blamed the attack on the bus "
        "on the herders' militia."
    )
    perps = _perps(text)
    assert any("militia" in p for p in perps)
    assert "bus" not in perps


# ----------------------------------------------------------- authorship and doer nouns


def test_a_bomber_named_with_no_deed_is_no_statement() -> None:
    text = (
        "A bomb hit a wedding in Kunduz on 2 March. The bomber was a teenager, relatives of "
        "a shopkeeper said."
    )
    assert "teenager" not in _perps(text)


def test_the_killers_of_a_person_named_as_victim_are_no_deed() -> None:
    text = (
        "A convoy was ambushed near Tessalit on 2 March. The killers of the mayor were "
        "never found, said Moussa Traore."
    )
    assert "Moussa Traore" not in _perps(text)


def test_taking_part_in_a_parade_beside_an_attack_is_no_part_in_it() -> None:
    text = (
        "Insurgents shelled a market in Mopti on 8 March. Soldiers took part in a parade in "
        "Bamako the next day."
    )
    assert "Soldiers" not in _perps(text)


# ----------------------------------------------------------- a place read as subject


def test_a_district_opening_the_sentence_is_not_who_killed() -> None:
    text = (
        "In Tigray, Adigrat, Eritrean soldiers shot dead twelve civilians on 2 June, according "
        "to survivors."
    )
    perps = _perps(text)
    assert "Eritrean soldiers" in perps
    assert not any(p in {"Tigray", "Adigrat"} for p in perps)
