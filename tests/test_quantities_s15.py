"""Quantities, round s15: a group's strength "estimated at" or "put at" after "the strength
of X", attackers who "numbered" N, "thought to number", a group described by a participle
("the rebels, estimated at N fighters"), members of a group who surrendered, the one a
bounty or reward is on, and numbers that count nothing (a heading's section number, a
footnote marker glued to a word or a quote). Short texts written for these tests, run
through the real pipeline."""

from __future__ import annotations

from test_quantities import quantities_of


def _one(text: str, measure: str) -> tuple[str | None, float | None, float | None, bool]:
    found = [q for q in quantities_of(text) if q.measure == measure]
    assert len(found) == 1, [(q.measure, q.low, q.text) for q in quantities_of(text)]
    q = found[0]
    return q.subject, q.low, q.high, q.approximate


def test_strength_of_a_named_group_estimated_or_put_at() -> None:
    assert _one(
        "Diplomats estimate the strength of Boko Haram at between 1,500 and 2,000 fighters.",
        "fighters",
    ) == ("boko_haram", 1500, 2000, True)
    subject, low, high, _approx = _one(
        "A UN panel puts the strength of the Ansar Dine movement at fewer than 800.", "fighters"
    )
    assert (subject, low, high) == ("ansar_dine", None, 800)


def test_attackers_who_numbered() -> None:
    assert _one(
        "Survivors said the attackers numbered about 60 and came on motorcycles.", "fighters"
    )[1:3] == (60, 60)
    assert _one("The raiders, who numbered between 25 and 30, set fire to the clinic.", "fighters")[
        1:3
    ] == (25, 30)


def test_described_group_and_thought_to_number() -> None:
    subject, low, high, approximate = _one(
        "Al-Shabaab fighters stormed a base near Baidoa on Monday. The militants, estimated "
        "at between 5,000 and 7,000 fighters, still control much of the Juba valley.",
        "fighters",
    )
    assert (subject, low, high, approximate) == ("al_shabaab", 5000, 7000, True)
    subject, low, _high, approximate = _one(
        "Boko Haram raided Gwoza again in May. Officials say the insurgents, believed to "
        "number about 3,000, move between the Sambisa forest and the Mandara hills.",
        "fighters",
    )
    assert (subject, low, approximate) == ("boko_haram", 3000, True)


def test_members_of_a_group_who_surrendered() -> None:
    assert _one(
        "Thirty-two members of Boko Haram surrendered to troops in Bama on Sunday.",
        "surrendered",
    )[0:2] == ("boko_haram", 32)
    assert _one(
        "Nine former fighters of al-Shabaab surrendered to the police in Beledweyne.",
        "surrendered",
    )[0:2] == ("al_shabaab", 9)


def test_bounty_or_reward_is_on_someone() -> None:
    subject, low, _high, _approx = _one(
        "Abu Bakr al-Baghdadi had a $25 million bounty on his head.", "reward"
    )
    assert subject is not None and low == 25_000_000
    subject, _low, high, _approx = _one(
        "The Nigerian army has put a bounty of up to 20 million naira on Bello Turji.", "reward"
    )
    assert subject is not None and high == 20_000_000


def test_section_numbers_and_note_markers_are_no_counts() -> None:
    text = (
        "Quarterly review\n\n"
        "4.2 Bama ambush (3 May)\n\n"
        'A police officer said the gunmen numbered "about 12 to 15"4 and fled east.\n'
    )
    found = [(q.measure, q.low, q.high) for q in quantities_of(text)]
    assert ("fighters", 12, 15) in found
    assert all(low not in (4, 4.2) for _m, low, _h in found), found


def test_money_demanded_or_paid_in_a_kidnapping_is_a_ransom() -> None:
    found = [
        (q.measure, q.low)
        for q in quantities_of(
            "The abductors asked for 15 million naira and later accepted 3 million naira, "
            "a relative of the pastor said."
        )
    ]
    assert found == [("ransom", 15_000_000), ("ransom", 3_000_000)]
    found = [
        (q.measure, q.low)
        for q in quantities_of(
            "The seven aid workers were held for a ransom reportedly set at $40,000 each."
        )
    ]
    assert found == [("ransom", 40_000)]
    # money paid with no kidnapping in the sentence is no ransom
    found = [
        (q.measure, q.low)
        for q in quantities_of("The governor paid $3 million for two helicopters.")
    ]
    assert found == [("funding", 3_000_000)]


def test_currency_code_before_the_figure_is_money() -> None:
    found = [
        (q.measure, q.low)
        for q in quantities_of(
            "Gunmen seized the village chief of Babessi and demanded a ransom of about "
            "FCFA 3 million."
        )
    ]
    assert found == [("ransom", 3_000_000)]
    found = [
        (q.measure, q.low)
        for q in quantities_of("The ministry spent PHP 12 million on new patrol boats.")
    ]
    assert found == [("funding", 12_000_000)]
