"""Claims and quantities on further report genres (think-tank estimates, wire copy with
quotes and unnamed sources, UN monitoring prose), run through the real annotation stages."""

from __future__ import annotations

from test_claims import claims_of, one
from test_quantities import quantities_of

from dossier.records import Quantity


def rows(qs: list[Quantity]) -> list[tuple[str | None, str, float | None, float | None]]:
    return [(q.subject, q.measure, q.low, q.high) for q in qs]


# -- estimates an analyst reads -----------------------------------------------------------------


def test_figure_put_as_low_as_by_some_sources() -> None:
    text = (
        "Al-Shabaab's leaders have boasted that the group commands 15,000 fighters. Outside "
        "estimates are far lower: some sources put the figure as low as 5,000, while others "
        "estimated between 7,000 and 9,000 fighters."
    )
    qs = quantities_of(text)
    assert rows(qs) == [
        ("al_shabaab", "fighters", 15000, 15000),
        ("al_shabaab", "fighters", 5000, None),
        ("al_shabaab", "fighters", 7000, 9000),
    ]
    assert qs[1].approximate and qs[1].text == "as low as 5,000"
    claim = one(claims_of(text), "as low as 5,000")
    assert claim.speaker_kind == "sources"


def test_elliptical_figures_take_the_noun_of_the_figure_before() -> None:
    qs = quantities_of(
        "ISWAP is thought to field about 5,000 fighters, whereas Ansaru has fewer than 300."
    )
    assert rows(qs) == [("iswap", "fighters", 5000, 5000), ("ansaru", "fighters", None, 300)]
    qs = quantities_of("JNIM now has some 6,000 fighters, up from about 2,000 in 2018.")
    assert rows(qs) == [("jnim", "fighters", 6000, 6000), ("jnim", "fighters", 2000, 2000)]
    assert qs[0].period != "in 2018" and qs[1].period == "in 2018"


def test_what_happened_to_the_people_counted_names_the_measure() -> None:
    qs = quantities_of(
        "ISWAP expanded its ranks in 2022. Officials said the group recruited between 400 and "
        "600 new fighters that year. Some 250 ISWAP fighters surrendered to the army in 2023. "
        "Member States estimated that some 150 foreign terrorist fighters remain in the area."
    )
    assert rows(qs) == [
        ("iswap", "recruits", 400, 600),
        ("iswap", "surrendered", 250, 250),
        (None, "foreign_fighters", 150, 150),
    ]


def test_money_stockpiles_and_stated_strength() -> None:
    qs = quantities_of(
        "Hezbollah is believed to hold between 40,000 and 60,000 rockets and raises an "
        "estimated $20 million a year. ISWAP's strength is estimated at 4,500. Attacks by "
        "the group killed more than 1,000 soldiers over the past year."
    )
    assert rows(qs) == [
        ("hezbollah", "weapons", 40000, 60000),
        ("hezbollah", "funding", 20_000_000, 20_000_000),
        ("iswap", "fighters", 4500, 4500),
        ("iswap", "killed", 1000, None),
    ]
    assert qs[1].period == "a year"


# -- negative cases -----------------------------------------------------------------------------


def test_a_death_toll_is_no_strength_estimate() -> None:
    assert [
        (q.measure, q.low, q.high, q.subject)
        for q in quantities_of(
            "Gunmen stormed an army post near Gao, in an attack that left at least 15 soldiers "
            "dead. The ambush killed 12 soldiers, the army said."
        )
    ] == [
        ("killed", 15, None, None),
        ("killed", 12, 12, None),
    ]  # (s16b) the tolls are quantities too, of no force: no strength estimate


def test_dates_member_states_and_one_salvo_are_no_quantities() -> None:
    assert (
        quantities_of(
            "On 14 May 2023, one Member State reported that JNIM fighters crossed into Benin. "
            "Hezbollah fired 35 rockets at Haifa on Sunday."
        )
        == []
    )
    # "a 2023 UN report" dates the report, not the figure
    [q] = quantities_of(
        "ISWAP has between 3,000 and 4,000 fighters, according to a 2023 UN report."
    )
    assert (q.subject, q.period) == ("iswap", None)


# -- speakers -----------------------------------------------------------------------------------


def test_quotes_with_the_speaker_after_the_quotation() -> None:
    claims = claims_of(
        "Houthi forces seized a cargo ship in the Red Sea on Sunday. "
        "\u201cWe will keep striking the enemy\u2019s vessels,\u201d the group\u2019s "
        'spokesman told Reuters. "The ship was burning all night," said a fisherman from '
        "Hodeidah."
    )
    c = one(claims, "keep striking")
    assert (c.speaker, c.speaker_kind, c.via) == ("houthis", "group", "Reuters")
    assert c.text.startswith("We will keep striking")
    c = one(claims, "burning all night")
    assert c.speaker_kind == "witnesses"


def test_unnamed_source_kinds() -> None:
    claims = claims_of(
        "Diplomats said the talks in Doha had stalled. A source close to the group told AFP "
        "that its commanders were divided. According to local media, the militants withdrew "
        "from Beledweyne. Residents said the fighters left at dawn. The UN Monitoring Team was "
        "informed that the group had moved its training camps."
    )
    assert one(claims, "talks in Doha").speaker_kind == "officials"
    c = one(claims, "commanders were divided")
    assert (c.speaker_kind, c.via) == ("sources", "AFP")
    # (s23) unnamed outlets are the vocabulary's unattributed reports
    assert one(claims, "withdrew from Beledweyne").speaker_kind == "reports"
    assert one(claims, "left at dawn").speaker_kind == "witnesses"
    # the team heard it: the source is unnamed, not the team
    c = one(claims, "training camps")
    assert (c.speaker, c.speaker_kind) == (None, "sources")


def test_named_speakers_organs_titles_and_appositions() -> None:
    claims = claims_of(
        "The United Nations refugee agency said more than 20,000 people had fled. The "
        "movement's founder, Hassan Nasrallah, claimed that the group had 100,000 fighters. "
        "Army spokesman Sylvain Ekenge told Reuters that the town was calm."
    )
    c = one(claims, "had fled")
    assert (c.speaker, c.speaker_kind) == ("un", "actor")
    c = one(claims, "100,000 fighters")
    assert (c.speaker, c.speaker_kind) == ("hassan_nasrallah", "person")
    c = one(claims, "town was calm")
    assert (c.speaker_kind, c.via) == ("person", "Reuters")


def test_datelines_denials_and_nested_attribution() -> None:
    claims = claims_of(
        "MOGADISHU, March 3, 2025 (Reuters) - Al-Shabaab fighters overran a base in Middle "
        "Shabelle, officials said. Eritrea denies arming the militants. Diplomats said Eritrea "
        "had sent weapons to the group, according to a UN report seen by Reuters."
    )
    c = one(claims, "overran a base")
    assert c.text.startswith("Al-Shabaab fighters")
    assert c.speaker_kind == "officials"
    assert one(claims, "arming the militants").text == "arming the militants"
    sent = [c for c in claims if c.text.startswith("Eritrea had sent weapons")]
    assert {(c.speaker, c.speaker_kind) for c in sent} == {(None, "officials"), ("un", "reports")}


def test_demonstrative_objects_make_no_claim() -> None:
    claims = claims_of("The army put the toll at 40. The group disputed these figures.")
    # "these figures" is no claim's words; (s25) the group's denial answers the army's
    # figure of the sentence before, in its words
    assert [c.text for c in claims] == ["the toll at 40", "the toll at 40"]
    assert [c.stance for c in claims] == ["neutral", "denial"]


def test_periods_counting_verbs_and_departures() -> None:
    qs = quantities_of(
        "Between 2019 and 2022, ISWAP carried out more than 700 attacks. ISWAP fighters now "
        "number between 3,000 and 3,500. Since the split, as many as 400 members have left "
        "its ranks."
    )
    assert rows(qs) == [
        ("iswap", "attacks", 700, None),
        ("iswap", "fighters", 3000, 3500),
        ("iswap", "surrendered", None, 400),
    ]
    assert qs[0].period == "Between 2019 and 2022"


def test_victims_listed_with_others_are_no_members() -> None:
    # the toll of one attack, whatever the victims are called
    assert [
        (q.measure, q.low, q.high, q.subject)
        for q in quantities_of(
            "A suicide bomber attacked the airport, killing about 60 civilians and 11 "
            "coalition service members."
        )
    ] == [
        ("killed", 60, 60, None),
        ("killed", 11, 11, None),
    ]  # (s16b) the tolls are quantities too, of nobody's members


def test_a_source_given_between_two_clauses() -> None:
    claims = claims_of(
        "ISWAP is thought to have about 4,000 fighters, according to a UN report, while "
        "Ansaru has far fewer."
    )
    c = one(claims, "4,000 fighters")
    assert c.speaker == "un" and c.text.startswith("ISWAP is thought")
    assert not any("Ansaru" in c.text for c in claims)
