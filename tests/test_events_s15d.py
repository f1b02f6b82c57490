"""Event tolls and MUC-4 role filling (roles2, s15): a verb whose result is death kills ("shot
dead", "stabbed to death"), also in a headline's passive without "were"; a count of the dead
in a verbless sentence of its own ("2 dead and 4 injured", "Saldo: 6 muertos") is the toll of
the attack just told; a date label before a colon is no count of the victims; and in MUC-4 a
conjunct verb's own modal makes it a forecast; the people arrested as "recruiters for X" are X's. Each text was written for this test."""

from __future__ import annotations

from report_docs import events_with_roles, text_events
from test_eval_muc4_s12 import _roles, predictor

from dossier.eval.muc4_dossier import DossierMucPredictor
from dossier.records import Event

__all__ = ["predictor"]  # the module-scoped fixture, shared with test_eval_muc4_s12


def _tolls(text: str) -> list[int | None]:
    return [
        e.fatalities.best if e.fatalities else None
        for e in text_events(text)
        if e.type == "ASSAULT"
    ]


def _one(text: str) -> Event:
    found = [e for e in text_events(text) if e.type == "ASSAULT"]
    assert len(found) == 1, (text, found)
    return found[0]


# ----------------------------------------------------------------- a result of death kills


def test_shot_dead_in_the_passive_is_a_toll() -> None:
    text = "On Tuesday four farmers were shot dead near the market in Kisumu."
    ev = _one(text)
    assert ev.fatalities is not None and ev.fatalities.best == 4


def test_shot_dead_with_an_object_is_a_toll() -> None:
    text = "Bandits stopped a minibus outside Zaria on Friday and shot seven passengers dead."
    ev = _one(text)
    assert ev.fatalities is not None and ev.fatalities.best == 7


def test_stabbed_to_death_is_a_toll() -> None:
    text = "On Monday gunmen stabbed two herders to death in the village of Kauru."
    ev = _one(text)
    assert ev.fatalities is not None and ev.fatalities.best == 2


def test_headline_passive_without_were_is_a_toll_not_the_date() -> None:
    text = "Weekly note.\n\n- Sat 8 Feb: five miners shot dead at a gold pit near Siguiri."
    ev = _one(text)
    assert ev.fatalities is not None and ev.fatalities.best == 5


def test_shot_without_a_result_is_no_toll() -> None:
    text = "On Tuesday gunmen shot at a police patrol near Garissa."
    assert _tolls(text) == [None]


# ------------------------------------------------------------ a verbless count of the dead


def test_dead_and_injured_fragment_is_the_toll_of_the_attack_before() -> None:
    text = (
        "On Friday a bomb exploded outside a hotel in Beledweyne. 3 dead and 9 injured, "
        "according to the district commissioner."
    )
    ev = _one(text)
    assert ev.fatalities is not None and ev.fatalities.best == 3


def test_spanish_dead_word_fragment_is_the_toll_of_the_attack_before() -> None:
    text = "Informe semanal.\n\n- Domingo: armed men attacked a bar in Babahoyo. Saldo: 6 muertos."
    ev = _one(text)
    assert ev.fatalities is not None and ev.fatalities.best == 6


def test_bold_dead_fragment_is_the_toll() -> None:
    text = "Gunmen attacked a pharmacy in Machala on Sunday. **2 dead** (both clerks), per police."
    ev = _one(text)
    assert ev.fatalities is not None and ev.fatalities.best == 2


# ------------------------------------------------------------------- a date label is no count


def test_date_label_before_a_colon_is_no_count() -> None:
    text = "Weekly note.\n\n- Tue 4 Mar: the mayor of Tena, Rosa Quishpe, was killed by gunmen."
    ev = _one(text)
    assert ev.fatalities is None or ev.fatalities.best == 1


def test_named_official_killed_after_a_date_label_is_one() -> None:
    text = "Weekly note.\n\n- Thu 6 Mar: city councillor Pedro Alvarado was shot dead by gunmen."
    ev = _one(text)
    assert ev.fatalities is not None and ev.fatalities.best == 1


# ------------------------------------------------------ MUC-4: a conjunct's own modal


def test_muc_conjunct_with_its_own_will_is_a_forecast(predictor: DossierMucPredictor) -> None:
    text = (
        "BOGOTA, 9 MAY 90 -- Police said the guerrillas burned a police station in Tame "
        "yesterday and will dynamite the Arauca pipeline next week."
    )
    roles = _roles(predictor, text)
    assert not any("PIPELINE" in f.upper() for f in roles.get("Target", [])), roles


def test_muc_conjunct_with_its_own_could_is_a_forecast(predictor: DossierMucPredictor) -> None:
    text = (
        "LIMA, 11 MAY 90 -- Shining Path rebels attacked an army post in Ayacucho on Monday "
        "and could blow up the Huancayo railway bridge, officials warned."
    )
    roles = _roles(predictor, text)
    assert not any("BRIDGE" in f.upper() for f in roles.get("Target", [])), roles


# ------------------------------------------------------ the group of the people arrested


def test_arrested_recruiters_for_a_group_target_the_group() -> None:
    text = "On Tuesday police said they had detained four suspected recruiters for al-Shabaab in Garissa."
    found = events_with_roles(text, "ARREST")
    assert len(found) == 1, text
    assert ("al-Shabaab", "target") in found[0][1]


def test_arrested_financiers_for_a_group_target_the_group() -> None:
    text = (
        "The army said on Monday that it had arrested two alleged financiers for ISWAP near Dikwa."
    )
    found = events_with_roles(text, "ARREST")
    assert len(found) == 1, text
    assert ("Islamic State West Africa Province", "target") in found[0][1]
