"""(s22, eargs) Actor roles of events: a name after "pro-"/"anti-" is a side taken, never the
party; a country coordinated with the country modifying the doers ("Kenyan and Somali
troops") acted too; the group whose men an effect clause counts was hit; a phrase never
reaches across a line break (a dateline's outlet is no party); a generic armed word owning a
deed noun did it; "the two groups" is no single actor; "the front" is the actor named with
that noun before the nearest group. Each mechanism is checked where it must fire and where
it must not, on sentences written for the test, with the real model."""

from __future__ import annotations

from test_events_args_s20 import _events, _roles
from test_events_args_s21 import _doers, _one

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.event_args import ArgumentFinder
from dossier.extract.event_rules import load_event_rules
from dossier.records import Event


def _hit(event: Event, names: dict[str, str]) -> set[str]:
    return {names.get(x.actor, x.actor) for x in event.actors if x.role in {"target", "victim"}}


def _parties(event: Event, names: dict[str, str]) -> set[str]:
    return {name for name, _role in _roles(event, names)}


# ------------------------------------------------------------------ stance prefixes


def test_a_pro_group_outlet_is_not_the_group() -> None:
    events, names = _events(
        "Pro-Houthi outlets said on Monday that a strike had hit a port in Hodeidah.", "ASSAULT"
    )
    assert events
    assert "Houthis" not in _parties(events[0], names)


def test_an_accusation_by_pro_group_websites_is_not_the_groups() -> None:
    events, names = _events(
        "On Telegram, pro-Houthi websites accused Washington of shelling a fishing boat off Hodeidah.",
        "ACCUSE",
    )
    assert all("Houthis" not in _parties(e, names) for e in events)


def test_an_anti_group_self_defence_group_is_not_the_group() -> None:
    events, names = _events(
        "In Tillaberi, a new anti-JNIM self-defence group announced its formation on 2 May.",
        "FOUND",
    )
    assert all(not any("Nusrat" in d for d in _doers(e, names)) for e in events)


def test_pro_government_militias_still_attacked() -> None:
    # must not fire: the mention of the whole phrase names the militias themselves
    event, names = _one(
        "Pro-government militias attacked a Fulani village near Bankass on Monday, killing 12 "
        "herders. The government of Mali denied any link.",
        "ASSAULT",
    )
    assert _doers(event, names), "the militias are the doers"
    assert "Government of Mali" not in _doers(event, names)


def test_the_group_itself_still_acts_beside_its_supporters_outlets() -> None:
    # must not fire: "Houthi forces" carry no prefix
    event, names = _one(
        "Pro-Houthi outlets reported that Houthi forces struck a tanker in the Red Sea on Monday.",
        "ASSAULT",
    )
    assert "Houthis" in _doers(event, names)


def test_an_anti_group_militia_is_not_the_group_it_opposes() -> None:
    event, names = _one(
        "An anti-Taliban militia calling itself the Panjshir Resistance Front announced its "
        "formation in Panjshir in August 2021.",
        "FOUND",
    )
    assert not any("Taliban" in d for d in _doers(event, names)), _doers(event, names)
    assert _doers(event, names)


# ------------------------------------------------------------------ coordinated countries


def test_two_coordinated_countries_before_the_troops_both_acted() -> None:
    event, names = _one(
        "Kenyan and Somali troops attacked an al-Shabaab camp near Kismayo on Sunday. Kenya "
        "said the operation was a success. Somalia welcomed it.",
        "ASSAULT",
    )
    doers = _doers(event, names)
    assert any("Kenya" in d for d in doers), doers
    assert any("Somali" in d for d in doers), doers
    assert "al-Shabaab" in _hit(event, names)


def test_a_country_coordinated_in_one_recognised_name_acted_too() -> None:
    event, names = _one(
        "US and UK warships struck radar sites near Hodeidah on Friday. The UK said the strikes "
        "were proportionate.",
        "ASSAULT",
    )
    doers = _doers(event, names)
    assert any("United Kingdom" in d or "British" in d for d in doers), doers
    assert any("United States" in d for d in doers), doers


def test_a_country_named_only_as_a_border_is_no_party() -> None:
    # must not fire: "the Somali border" is where, not who
    event, names = _one(
        "Kenyan troops attacked an al-Shabaab camp near the Somali border on Sunday. Kenya said "
        "the operation was a success. Somalia welcomed it.",
        "ASSAULT",
    )
    doers = _doers(event, names)
    assert not any("Somali" in d for d in doers), doers


def test_a_country_acting_in_another_clause_is_no_partner() -> None:
    # must not fire: the UK's ships escorted; only US aircraft struck
    event, names = _one(
        "US aircraft struck targets near Sanaa on Monday while UK warships escorted tankers. "
        "The UK said the escort was routine.",
        "ASSAULT",
    )
    doers = _doers(event, names)
    assert not any("United Kingdom" in d or "British" in d for d in doers), doers


# ------------------------------------------------------------------ the side whose men died


def test_the_group_of_the_fighters_a_raid_killed_was_hit() -> None:
    event, names = _one(
        "Colombian troops raided a camp in Cauca on Monday, killing four fighters of the ELN.",
        "ASSAULT",
    )
    assert "National Liberation Army (Colombia)" in _hit(event, names)


def test_the_group_named_after_the_killing_verb_was_hit() -> None:
    # "from X" hung on "killing", not on "fighters"
    event, names = _one(
        "An army patrol ambushed a convoy near Gao on Monday, killing four fighters from the "
        "Islamic State Sahel Province.",
        "ASSAULT",
    )
    assert "Islamic State Sahel Province" in _hit(event, names)


def test_the_attackers_own_losses_make_them_no_target() -> None:
    # must not fire: "five of its fighters" are al-Shabaab's own dead
    event, names = _one(
        "Al-Shabaab attacked a base near Jilib on Monday, killing three soldiers and losing five "
        "of its fighters.",
        "ASSAULT",
    )
    assert "al-Shabaab" in _doers(event, names)
    assert "al-Shabaab" not in _hit(event, names)


def test_civilians_killed_name_no_group() -> None:
    # must not fire: the dead are villagers, no group's men
    event, names = _one(
        "ISWAP fighters attacked Konduga on Friday, killing six villagers.",
        "ASSAULT",
    )
    assert _hit(event, names) <= {"Nigerian Army", "Nigerian Armed Forces"}, _hit(event, names)


def test_no_death_denied_names_no_side() -> None:
    # must not fire: nobody was killed
    events, names = _events(
        "Troops did not kill any Boko Haram fighters in the raid, the governor said.", "ASSAULT"
    )
    assert all("Boko Haram" not in _hit(e, names) for e in events)


# ------------------------------------------------------------------ line breaks


def test_a_name_on_the_line_before_is_not_in_the_phrase_after() -> None:
    text = (
        "3. KANO, May 4 (Al Jazeera) -\nPolice said two Boko Haram suppliers were detained at a "
        "bus station on Sunday."
    )
    ann = annotate_text(text)
    assert any(a.name == "Al Jazeera" for a in ann.actors), [a.name for a in ann.actors]
    finder = ArgumentFinder(ann.doc, ann.actors, ann.places, load_event_rules())
    police = next(t for t in ann.doc if t.text == "Police")
    assert finder.actor_in(0, police.idx + len(police), police) is None


def test_a_name_on_the_same_line_is_still_read() -> None:
    # must not fire: no line break, the outlet in the phrase is still found
    text = "Al Jazeera reporters were detained in Kano on Sunday."
    ann = annotate_text(text)
    finder = ArgumentFinder(ann.doc, ann.actors, ann.places, load_event_rules())
    head = next(t for t in ann.doc if t.text == "reporters")
    found = finder.actor_in(0, head.idx + len(head), head)
    assert found is not None and found.name == "Al Jazeera"


# ------------------------------------------------------------------ generic possessors


def test_the_insurgents_seizure_is_the_reports_group() -> None:
    event, names = _one(
        "Ansar al-Sunna has attacked towns in Cabo Delgado since 2017. The insurgents' seizure "
        "of the port of Mocimboa da Praia in August 2020 shocked Maputo.",
        "ASSAULT",
    )
    assert len(_doers(event, names)) == 1, _doers(event, names)


def test_the_hostages_killing_has_no_doer_from_the_owner() -> None:
    # must not fire: the hostages suffered the killing
    event, names = _one(
        "Ansar al-Sunna has attacked towns in Cabo Delgado since 2017. The hostages' killing in "
        "Macomia in August 2020 shocked Maputo.",
        "ASSAULT",
    )
    assert not _doers(event, names), _doers(event, names)


# ------------------------------------------------------------------ several groups


def test_the_two_groups_are_not_one_of_them() -> None:
    events, names = _events(
        "JNIM and ISSP compete for recruits in Menaka. The two groups fought each other near "
        "Anderamboukane in March 2024.",
        "ASSAULT",
    )
    for event in events:
        assert len(_doers(event, names)) != 1, _doers(event, names)


# ------------------------------------------------------------------ "the front"


def test_the_front_is_the_front_named_before_not_its_parent() -> None:
    event, names = _one(
        "Police in Suarez attributed Monday's car bomb to the Western Caguan Front, which "
        "belongs to the EMC. In a radio message, the front rejected the charge.",
        "REJECT",
    )
    assert _doers(event, names) == {"Western Caguan Front"}, _doers(event, names)


def test_the_front_with_no_front_named_is_the_nearest_group() -> None:
    # must not fire: no actor is named with "front"; the nearest group is meant
    events, names = _events(
        "The ELN attacked an army base in Arauca on Monday, and the front later denied killing "
        "civilians.",
        "REJECT",
    )
    assert events
    assert _doers(events[0], names) == {"National Liberation Army (Colombia)"}
