"""Accusations, denials and founding asides, third pass (s17): an accusation or a denial is
dated and placed by its own clause, never by the deed it charges; a denial of a plain fact
(a state, a presence) is no rejection event; an accuser named in a "by" phrase on the
denial verb is its target; one founding aside is one FOUND event, dated and placed by its
own conjunct; an accusation needs a party that accuses. Every text was written for this
test."""

from __future__ import annotations

from report_docs import events_with_roles, text_events

from dossier.records import Event

DAY = "2025-05-20"


def _of(text: str, type_id: str) -> list[Event]:
    return [e for e in text_events(text, DAY) if e.type == type_id]


def test_an_accusation_takes_no_date_or_place_from_the_charged_deed() -> None:
    text = (
        "The Sudanese army accused the Rapid Support Forces of shelling a clinic in Nyala "
        "on Thursday."
    )
    accuse = _of(text, "ACCUSE")
    assert len(accuse) == 1
    assert accuse[0].date is None and accuse[0].place is None
    # the charged shelling keeps its own day and town
    shelling = _of(text, "ASSAULT")
    assert shelling and shelling[0].place is not None and shelling[0].date is not None


def test_an_accusation_keeps_its_own_date_and_place() -> None:
    text = "In Khartoum on Sunday, the Sudanese army accused the RSF of looting a market."
    accuse = _of(text, "ACCUSE")
    assert len(accuse) == 1
    assert accuse[0].place is not None and accuse[0].place.text == "Khartoum"
    assert accuse[0].date is not None


def test_a_denial_takes_no_place_from_the_denied_deed() -> None:
    text = "Al-Shabaab denied any role in the explosion at a market in Kismayo."
    rejects = _of(text, "REJECT")
    assert len(rejects) == 1 and rejects[0].place is None


def test_a_denied_fact_is_no_rejection() -> None:
    assert _of("The Sudanese army denied that the governor was in poor health.", "REJECT") == []
    assert _of("The Malian army denied that Russian troops were present in Gao.", "REJECT") == []


def test_a_denied_deed_is_a_rejection() -> None:
    text = "The Sudanese army denied that its aircraft bombed the village of Tawila."
    assert len(_of(text, "REJECT")) == 1


def test_the_accuser_in_a_by_phrase_on_the_denial_is_its_target() -> None:
    text = (
        "Al-Shabaab denied the accusation by the African Union that it executed prisoners "
        "near Baidoa."
    )
    found = events_with_roles(text, "REJECT", DAY)
    assert len(found) == 1
    roles = found[0][1]
    assert ("al-Shabaab", "initiator") in roles
    assert any(role == "target" for _name, role in roles)


def test_one_founding_per_aside_on_its_own_date_and_place() -> None:
    text = (
        "Ansar Dine, which appeared in 2011 and was formally founded in Kidal in 2012, "
        "claimed the attack on a convoy near Gao on 3 May 2025."
    )
    found = _of(text, "FOUND")
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == "2012"
    assert found[0].place is None or found[0].place.text == "Kidal"


def test_a_founding_place_of_another_conjunct_is_not_leaked() -> None:
    text = (
        "Ansar Dine, which was founded in 2012 and later expanded to Timbuktu in 2013, "
        "claimed the attack on a convoy near Gao on 3 May 2025."
    )
    found = _of(text, "FOUND")
    assert len(found) == 1
    assert found[0].date is not None and found[0].date.value == "2012"
    assert found[0].place is None


def test_an_accusation_with_no_accuser_is_no_event() -> None:
    text = "The army on Friday accused ADF militants of attacking Beni, a charge they denied."
    assert all(any(a.role == "initiator" for a in e.actors) for e in _of(text, "ACCUSE"))


def test_a_denied_act_of_a_named_state_is_a_rejection() -> None:
    text = "The Sudanese army denied that Egypt supplies it with drones."
    assert len(_of(text, "REJECT")) == 1
    text = "The Sudanese army denied that Chad sends fuel convoys to the RSF."
    assert len(_of(text, "REJECT")) == 1


def test_a_formal_charge_told_in_the_passive_is_an_accusation_of_its_defendants() -> None:
    text = (
        "On 2 June 2025, the opposition lawmaker Ana Morales and two officers of the "
        "Presidential Guard were indicted in Caracas, Venezuela, for plotting the attack."
    )
    assert _of(text, "ACCUSE"), "a passive indictment names its defendants, not its accuser"
