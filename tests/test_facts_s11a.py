"""Claims and quantities of the s11 unseen reports: an outlet owned by a group ("according to
its Telegram channel", "a claim published by the group's Amaq agency") speaks for its owner;
"X told OUTLET", "C, per the ministry", "C, local sources said" and a misread "Sources ...
report C"; no verb or evidence as a speaker; an "according to" inside a relative clause
vouches for that clause only. Quantities: "the group" at the head of a relative clause, of
a paragraph or of "the group's strength" is the group named before (or the report's own),
the force of "soldiers of the RDF", estimates flagged approximate, counts of people
arrested, abducted or freed kept, and people killed in a range never a group's strength.

Short texts written for these tests, run through the real pipeline.
"""

from __future__ import annotations

from test_claims import claims_of, one
from test_quantities import quantities_of

# -- claims: outlets and their owners -----------------------------------------------------------


def test_according_to_its_channel_is_the_owner_via_the_channel() -> None:
    c = one(
        claims_of(
            "Boko Haram claimed a raid on a barracks in Yobe, according to its Telegram channel."
        ),
        "raid on a barracks",
    )
    assert (c.speaker, c.via) == ("boko_haram", "Telegram")
    assert c.speaker_kind == "actor"
    # a state's press agency is an outlet speaking for itself, not the state
    c = one(
        claims_of("Iran's Tasnim news agency reported that two drones were shot down."),
        "two drones",
    )
    assert c.speaker_kind == "media" and c.via is None


def test_claim_published_by_the_groups_agency_is_the_groups() -> None:
    c = one(
        claims_of(
            "Islamic State fighters attacked a checkpoint near Raqqa. A claim published by the "
            "group's Amaq agency on Friday said its fighters had killed five soldiers."
        ),
        "killed five soldiers",
    )
    assert (c.speaker, c.via) == ("isis", "Amaq")


def test_pronoun_after_the_groups_own_news_agency_is_the_group() -> None:
    c = one(
        claims_of(
            "The Islamic State West Africa Province claimed the ambush near Baga through its "
            "Amaq news agency, publishing images of what it said were dead soldiers."
        ),
        "dead soldiers",
    )
    assert (c.speaker, c.via) == ("iswap", "Amaq")


# -- claims: constructions not read before ------------------------------------------------------


def test_surname_told_an_outlet_is_the_person_named_before() -> None:
    c = one(
        claims_of(
            "Mazloum Abdi heads the SDF. Abdi told Asharq al-Awsat last week that the SDF "
            "would not disarm."
        ),
        "would not disarm",
    )
    assert (c.speaker, c.speaker_kind, c.via) == ("mazloum_abdi", "person", "Asharq al-Awsat")


def test_per_the_ministry_attributes_the_clause_before() -> None:
    c = one(
        claims_of("At least 6 police officers were killed, per the Interior Ministry in Kabul."),
        "police officers were killed",
    )
    assert c.text == "At least 6 police officers were killed"
    assert "Interior Ministry" in (c.speaker_text or "")
    # a rate is no source
    assert not claims_of("Recruits were paid 50 dollars per month, per fighter.")


def test_clause_closing_on_a_speaker_said() -> None:
    c = one(
        claims_of("Between 9 and 15 gunmen killed near the river, local herder sources said."),
        "gunmen killed",
    )
    assert c.speaker_kind == "sources"
    c = one(
        claims_of(
            "Police in Kano state arrested five men on 3 May on suspicion of smuggling arms, "
            "the state command said."
        ),
        "arrested five men",
    )
    assert c.speaker_kind == "officials"
    c = one(
        claims_of(
            "Two aid workers abducted in Tillaberi in June were freed on Sunday after talks "
            "with local chiefs, the diocese of Niamey said, without giving details."
        ),
        "were freed",
    )
    assert c.speaker_kind == "organisations"


def test_statement_posted_on_x_after_a_long_clause() -> None:
    c = one(
        claims_of(
            "Soldiers on Friday arrested 7 suspected ISWAP members in Maiduguri, including a "
            "man accused of buying fuel for the group, the Department of State Services (DSS) "
            "said in a statement posted on X."
        ),
        "arrested 7",
    )
    assert c.via == "X"
    assert "Department of State Services" in (c.speaker_text or "")


def test_sources_report_read_as_a_noun() -> None:
    c = one(
        claims_of("Sources at the district hospital report at least 40 soldiers killed."),
        "40 soldiers killed",
    )
    assert c.speaker_kind == "sources"
    assert c.speaker_text == "Sources at the district hospital"


def test_no_verb_or_evidence_as_speaker() -> None:
    c = one(
        claims_of("The mission was informed on Tuesday that the militants had left the town."),
        "left the town",
    )
    assert c.speaker_kind == "sources" and c.speaker_text is None
    claims = claims_of(
        "Rights groups have accused the militia of executing prisoners, according to footage "
        "that circulated on social media."
    )
    assert not [c for c in claims if "footage" in (c.speaker_text or "")]
    assert one(claims, "executing prisoners").speaker_kind == "observers"
    # evidence someone issued is theirs
    c = one(
        claims_of("Fighters killed two guards, according to a video released by the group."),
        "two guards",
    )
    assert c.speaker_text and "group" in c.speaker_text


def test_according_to_inside_a_relative_clause_vouches_for_it_only() -> None:
    claims = claims_of(
        "Al-Shabaab attacked Mogadishu. The group, which has an estimated 5,000 to 9,000 "
        "fighters according to UN monitors, is led by a council of elders."
    )
    c = one(claims, "fighters")
    assert c.text == "has an estimated 5,000 to 9,000 fighters"
    assert c.speaker == "un" and "al_shabaab" in c.about
    assert not [c for c in claims if "council of elders" in c.text]


# -- quantities ---------------------------------------------------------------------------------


def _rows(text: str) -> list[tuple[str | None, str, float | None, float | None, bool]]:
    return [(q.subject, q.measure, q.low, q.high, q.approximate) for q in quantities_of(text)]


def test_the_group_heading_a_relative_clause_is_the_group_named_before() -> None:
    rows = _rows(
        "Al-Shabaab attacked Mogadishu. The group, which has an estimated 5,000 to 9,000 "
        "fighters according to UN monitors, is led by a council of elders."
    )
    assert ("al_shabaab", "fighters", 5000, 9000, True) in rows


def test_the_group_opening_a_paragraph_is_the_reports_group() -> None:
    rows = _rows(
        "Islamic State West Africa Province (ISWAP) fighters raided Monguno on Friday. ISWAP "
        "also attacked Baga. Civilian JTF vigilantes, who patrol with the army, said the "
        "attackers fled north.\n\nThe group, known locally as Wilayat Gharb Ifriqiya, has "
        "between 400 and 600 fighters, according to estimates by researchers at a university."
    )
    assert rows == [("iswap", "fighters", 400, 600, True)]


def test_the_groups_strength_is_the_group_named_before() -> None:
    rows = _rows(
        "The Houthis launched drones at ships. Estimates of the group's fighting strength "
        "vary widely, from 50,000 to more than 150,000 men under arms."
    )
    assert [r[:2] for r in rows] == [("houthis", "fighters")]


def test_soldiers_of_a_named_force_are_its_troops() -> None:
    rows = _rows(
        "About 2,000 soldiers and police of the Rwanda Defence Force (RDF) have been deployed "
        "in Cabo Delgado since July 2021."
    )
    assert rows == [("rwanda_defence_force", "deployed", 2000, 2000, True)]


def test_estimates_and_hedged_figures_are_approximate() -> None:
    rows = _rows(
        "We estimate ISWAP had between 3,000 and 5,000 fighters at the start of the year, and "
        "allied cells brought the total to perhaps 7,000."
    )
    assert ("iswap", "fighters", 3000, 5000, True) in rows
    assert [r for r in rows if r[2] == 7000 and r[4]]
    # a stated figure stays exact
    assert _rows("ISWAP had between 3,000 and 5,000 fighters in 2023.") == [
        ("iswap", "fighters", 3000, 5000, False)
    ]


def test_people_arrested_abducted_and_freed_are_counted() -> None:
    rows = _rows("Police arrested 14 suspected ISWAP members in Maiduguri on Monday.")
    assert [r[1:3] for r in rows] == [("arrested", 14)]
    # (s20) analysts code a count of people arrested under the group their phrase names
    assert rows[0][0] == "iswap"
    assert [r[1:3] for r in _rows("The army freed nine hostages near Zaria.")] == [("released", 9)]
    rows = _rows(
        "ISWAP attacked a bus in Borno. The group later released 6 passengers that it had abducted."
    )
    assert [r[1:3] for r in rows] == [("released", 6)]
    # the dead of one incident are victims, nobody's
    # (s16b: one behaviour for every caller, an incident's toll is a quantity too, victims nobody's)
    assert [r[0:3] for r in _rows("The bombing killed 40 people on Friday.")] == [
        (None, "killed", 40)
    ]


def test_people_killed_in_a_range_are_no_strength() -> None:
    rows = _rows(
        "ISWAP fighters ambushed a convoy near Baga, killing between three and six Chadian "
        "soldiers, according to local elders."
    )
    assert not [r for r in rows if r[1] == "fighters"]


def test_date_of_a_relative_clause_after_the_figure_is_not_its_period() -> None:
    [q] = quantities_of(
        "Al-Shabaab attacked Mogadishu. The group, which has an estimated 5,000 to 9,000 "
        "fighters according to UN monitors, is led by Abu Musa, who took over after a drone "
        "strike in March 2019."
    )
    assert q.subject == "al_shabaab" and q.period is None
    [q] = quantities_of("ISWAP had about 3,000 fighters in March 2019.")
    assert q.period is not None and "2019" in q.period


def test_table_row_figure_belongs_to_the_one_actor_of_the_row() -> None:
    qs = quantities_of(
        "| Date | Place | Perpetrator | Killed |\n|---|---|---|---|\n"
        "| 9 May | Taiz | Houthis | 4 |\n| 12 May | Marib | Houthis / AQAP | 7 |\n"
    )
    # (s16b) a column of the dead counts the perpetrator's victims, none of its own
    assert [(q.subject, q.measure, q.low) for q in qs] == [
        (None, "killed", 4),
        (None, "killed", 7),
    ]


def test_more_people_taken_and_held_are_counted() -> None:
    # a group name tagged as an adjective inside the counted phrase
    rows = _rows("Soldiers on Friday arrested 12 suspected al-Shabaab members in Kismayo.")
    assert [r[1:3] for r in rows] == [("arrested", 12)]
    # people of a workplace
    rows = _rows("Houthi authorities arrested at least 5 Yemeni staff of aid agencies in Sanaa.")
    assert [r[1:3] for r in rows] == [("arrested", 5)]
    # an acronym the tagger reads as a verb ("IS") names the detainees' group
    rows = _rows("Around 7,000 IS detainees remain in prisons run by the SDF.")
    assert [r[1:3] for r in rows] == [("arrested", 7000)]


def test_a_named_force_numbering_and_a_contested_share() -> None:
    rows = _rows(
        "The VDP, expanded in 2022 under a mobilisation decree, number around 60,000, "
        "according to officials."
    )
    assert [r[1:3] for r in rows] == [("fighters", 60000)]
    rows = _rows("JNIM now controls or contests an estimated 35 per cent of the country.")
    assert rows == [("jnim", "territory_share", 35, 35, True)]


def test_paragraph_opening_group_prefers_the_known_group_to_a_militia_named_last() -> None:
    rows = _rows(
        "Fighters of the Islamic State West Africa Province (ISWAP) raided Monguno on Friday. "
        "The Civilian JTF, which fights beside the army, said the attackers fled north."
        "\n\nThe group has between 400 and 600 fighters, according to estimates by analysts."
    )
    assert rows == [("iswap", "fighters", 400, 600, True)]


def test_what_someone_described_as_is_their_label() -> None:
    c = one(
        claims_of('Jets bombed what the army described as a "rebel depot" near Kidal.'),
        "rebel depot",
    )
    assert c.speaker_kind == "officials" and c.text.startswith("a ")
    assert not claims_of("Jets bombed what remained of the depot near Kidal.")


def test_the_officer_again_is_the_officer_quoted_before() -> None:
    claims = claims_of(
        "Gunmen overran the post at dawn, a Nigerian Army officer told Reuters, asking not to "
        'be named. "We lost at least 9 men," the officer said.'
    )
    first, again = one(claims, "overran the post"), one(claims, "We lost")
    assert first.speaker == again.speaker == "nigerian_army"
    assert again.speaker_kind == first.speaker_kind == "officials"
    # a definite source with no source before it stays unnamed
    [c] = claims_of('"We lost at least 9 men," the officer said.')
    assert c.speaker is None


def test_people_freed_after_an_abduction_are_released_and_parts_not_counted_twice() -> None:
    rows = _rows(
        "On Friday, elders said ISWAP had released 7 civilians, including three teachers, that "
        "it had abducted from a bus near Damboa in June."
    )
    assert [r[1:3] for r in rows] == [("released", 7)]
    rows = _rows(
        "A pastor and two nurses abducted in Gwoza in March were freed on Tuesday after talks, "
        "the church said."
    )
    assert [r[1:3] for r in rows] == [("released", 2)]


def test_rejecting_earlier_reports_as_a_label_is_a_denial() -> None:
    claims = claims_of(
        "Residents said soldiers killed 20 herders near Kaya. The army rejected these reports "
        'as "fabrications".'
    )
    c = one(claims, "fabrications")
    assert "denied" in c.hedges and c.speaker_kind in ("actor", "officials")
    # without a label, a pointing object still says nothing by itself
    assert not claims_of("Hezbollah disputed these figures.")
