"""More relation constructions (dossier.extract.relations): basing stated in a coordinated
verb phrase, "led by X, alias Z" and "founded in 2019 by X", "is part of", and rivalries
stated of a pair ("X and Y are rivals", "rival groups X and Y").

Short reports written for these tests, run through the real pipeline (``annotate_text`` of
``test_relations.py``).
"""

from __future__ import annotations

import dataclasses

from test_relations import annotate_text, relations_of, triples

from dossier.extract.common import Slot
from dossier.extract.relations import _reads_as_name, extract_relations, load_patterns
from dossier.records import Relation


def _rel(rels: list[Relation], subject: str, predicate: str) -> Relation:
    return next(r for r in rels if r.subject == subject and r.predicate == predicate)


# -- basing ---------------------------------------------------------------------------------


def test_based_in_after_a_coordinated_verb_phrase() -> None:
    rels = relations_of(
        "Al-Shabaab, which emerged from the Islamic Courts Union in 2006, swore allegiance to "
        "al-Qaeda in 2012 and has been based in southern Somalia ever since."
    )
    got = triples(rels)
    assert ("al_shabaab", "based_in", "Somalia") in got
    assert ("al_shabaab", "affiliate_of", "al_qaeda") in got
    # the years of the aside and of the first verb phrase are not when it was based there
    assert _rel(rels, "al_shabaab", "based_in").period not in {"in 2006", "in 2012"}


def test_based_in_verb_forms() -> None:
    got = triples(
        relations_of(
            "Boko Haram is based in Borno State. ISWAP has bases in the Lake Chad islands. "
            "The Taliban are headquartered in Kandahar."
        )
    )
    assert ("boko_haram", "based_in", "Borno State") in got
    assert ("iswap", "based_in", "Lake Chad") in got
    assert ("taliban", "based_in", "Kandahar") in got
    rels = relations_of("JNIM was formed in 2017 and is headquartered in central Mali.")
    based = _rel(rels, "jnim", "based_in")
    assert based.object_place is not None and based.object_place.text == "Mali"
    assert based.period is None  # 2017 is when it was formed


def test_based_in_not_from_other_people_based_somewhere() -> None:
    for text in (
        "ISWAP attacked soldiers who were based in Monguno.",
        "Al-Shabaab fighters attacked a hotel in Mogadishu where soldiers based in Baidoa "
        "were staying.",
        "ISWAP ambushed a convoy near Damboa and troops based in Maiduguri responded.",
    ):
        assert not [r for r in relations_of(text) if r.predicate == "based_in"], text


# -- leadership, founders, aliases, splits ----------------------------------------------------


def test_led_by_with_an_alias_does_not_block_the_split() -> None:
    rels = relations_of(
        "The Gulf Clan, led by Jobanis de Jesús Ávila, alias Chiquito Malo, controls drug "
        "trafficking in Antioquia."
    )
    leaders = {r.subject for r in rels if r.predicate == "leader_of"}
    assert leaders & {"new:jobanis-de-jesus-avila", "new:chiquito-malo"}
    assert all(r.object_actor == "clan_del_golfo" for r in rels if r.predicate == "leader_of")
    rels = relations_of(
        "Jamaat-ul-Ahrar, led by Omar Khalid Khorasani, split from the TTP after the 2014 "
        "military offensive."
    )
    got = triples(rels)
    assert ("jamaat_ul_ahrar", "split_from", "ttp") in got
    assert any(r.predicate == "leader_of" and r.object_actor == "jamaat_ul_ahrar" for r in rels)
    assert _rel(rels, "jamaat_ul_ahrar", "split_from").period == "after the 2014 military offensive"


def test_led_by_pattern_reads_past_an_unrecognised_real_name() -> None:
    # "led by <name the tagger took for a place>, alias <person>": the alias is the leader
    masked = "⟦A0⟧, led by ⟪P1⟫, alias ⟦A2⟧, split from ⟦A3⟧ after the peace deal."
    leader = [p for p in load_patterns() if p.predicate == "leader_of" and p.regex.search(masked)]
    assert leader
    m = leader[0].regex.search(masked)
    assert m is not None and m.group("y") == "0" and m.group("x") == "2"
    split = [p for p in load_patterns() if p.predicate == "split_from" and p.regex.search(masked)]
    m = split[0].regex.search(masked)
    assert m is not None and m.group("x") == "0" and m.group("y") == "3"


def test_founded_by_gives_the_founder_with_the_year() -> None:
    rels = relations_of("Hamas, founded in 1987 by Ahmed Yassin, controls Gaza.")
    founder = next(r for r in rels if r.predicate == "leader_of")
    assert founder.object_actor == "hamas" and founder.period == "in 1987"
    control = _rel(rels, "hamas", "controls")
    assert control.period is None  # 1987 is when it was founded, not when it held Gaza
    rels = relations_of("Wagner Group, founded by Yevgeny Prigozhin in 2014, fought in Mali.")
    assert ("yevgeny_prigozhin", "leader_of", "wagner_group") in triples(rels)


def test_founded_by_a_name_mistyped_as_an_organisation() -> None:
    text = "Hamas, founded in 1987 by Ahmed Yassin, controls Gaza."
    doc, actors, places, timexes = annotate_text(text)
    founder = next(a for a in actors if a.name == "Ahmed Yassin")
    # the tagger's mistake: a personal name typed as an organisation of no known kind
    mistyped = tuple(
        dataclasses.replace(a, type="organization") if a.key == founder.key else a for a in actors
    )
    got = triples(extract_relations(doc, mistyped, places, timexes))
    assert (founder.key, "leader_of", "hamas") in got


def test_founded_by_an_organisation_is_no_leader() -> None:
    got = triples(
        relations_of(
            "The Civilian Joint Task Force, set up in 2013 by the Nigerian Army, patrols Maiduguri."
        )
    )
    assert not [t for t in got if t[1] == "leader_of"]


def test_reads_as_name() -> None:
    def slot(text: str, key: str, kind: str = "organization") -> Slot:
        return Slot("actor", 0, len(text), text, key, kind)

    assert _reads_as_name(slot("Iván Márquez", "new:ivan-marquez"))
    assert _reads_as_name(slot("Hussein al-Houthi", "new:hussein-al-houthi"))
    assert not _reads_as_name(slot("Crisis Group", "new:crisis-group"))
    assert not _reads_as_name(slot("Ombudsman Office", "new:ombudsman-office"))
    assert not _reads_as_name(slot("UNICEF", "new:unicef"))
    assert not _reads_as_name(slot("Segunda Marquetalia", "segunda_marquetalia"))
    assert not _reads_as_name(slot("Nigerian Army", "new:nigerian-army", "state_forces"))


# -- part of ---------------------------------------------------------------------------------


def test_part_of() -> None:
    got = triples(
        relations_of(
            "Katiba Macina is part of JNIM. Ansar Dine, which is part of JNIM, operates in "
            "Kidal. Al-Mourabitoun, now part of JNIM, claimed the attack."
        )
    )
    assert ("katiba_macina", "affiliate_of", "jnim") in got
    assert ("ansar_dine", "affiliate_of", "jnim") in got
    assert ("al_mourabitoun", "affiliate_of", "jnim") in got


def test_faction_that_is_part_of() -> None:
    got = triples(
        relations_of(
            "Soldiers clashed with the Islamic State Sahel Province, a regional faction that "
            "is part of the Islamic State, near Menaka."
        )
    )
    assert ("is_sahel", "affiliate_of", "isis") in got
    got = triples(relations_of("ISWAP is a faction of the Islamic State."))
    assert ("iswap", "affiliate_of", "isis") in got


def test_dissident_faction_of_y_split_from_y_and_part_of_z() -> None:
    got = triples(
        relations_of(
            "Police raided a hideout of Jamaat-ul-Ahrar, a TTP dissident faction that is part "
            "of the Taliban, near Peshawar."
        )
    )
    assert ("jamaat_ul_ahrar", "split_from", "ttp") in got
    assert ("jamaat_ul_ahrar", "affiliate_of", "ttp") not in got
    assert ("jamaat_ul_ahrar", "affiliate_of", "taliban") in got


def test_part_of_a_coalition_led_by_y_is_no_affiliation() -> None:
    got = triples(relations_of("The TTP is part of the Taliban-led coalition."))
    assert ("ttp", "affiliate_of", "taliban") not in got


# -- rivalries -------------------------------------------------------------------------------


def test_rivals_stated_of_a_pair() -> None:
    for text in (
        "ISWAP and Boko Haram are rivals.",
        "ISWAP and Boko Haram have long been bitter enemies.",
        "Rival groups ISWAP and Boko Haram clashed near Lake Chad.",
        "Fighting broke out between rival factions ISWAP and Boko Haram in Borno.",
        "ISWAP and Boko Haram, two rival groups, both operate in Borno.",
        "ISWAP and its rival Boko Haram both recruit in Borno.",
        "ISWAP is a rival of Boko Haram in the Lake Chad area.",
    ):
        rels = [r for r in relations_of(text) if r.predicate == "hostile_to"]
        assert {r.subject for r in rels} | {r.object_actor for r in rels} == {
            "iswap",
            "boko_haram",
        }, text
        assert rels[0].certainty == "asserted", text


def test_rivalry_negated_or_not_between_the_pair() -> None:
    rels = relations_of("ISWAP and Boko Haram are not rivals.")
    assert [r.certainty for r in rels if r.predicate == "hostile_to"] == ["negated"]
    # the army fought both; nothing says they are rivals of each other
    rels = relations_of("The army fought rival groups ISWAP and Boko Haram.")
    assert not [
        r
        for r in rels
        if r.predicate == "hostile_to" and {r.subject, r.object_actor} == {"iswap", "boko_haram"}
    ]
