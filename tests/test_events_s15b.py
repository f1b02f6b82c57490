"""Event roles and MUC-4 role filling (roles, s15): fighters named only by their kind ("the
jihadists", "the militants") right after one armed group is named are that group, as
attackers and as the attacked; in MUC-4, a perpetrator phrase whose words all recur in a
fuller one is the same people, and an act told with a modal ("will attack", "could blow
up") is a forecast, not an incident. Each text was written for this test."""

from __future__ import annotations

from report_docs import events_with_roles
from test_eval_muc4_s12 import _roles, predictor

from dossier.eval.muc4_dossier import DossierMucPredictor

__all__ = ["predictor"]  # the module-scoped fixture, shared with test_eval_muc4_s12


def _roles_of(text: str) -> set[tuple[str, str]]:
    found = events_with_roles(text, "ASSAULT")
    assert found, text
    return found[0][1]


def test_the_jihadists_after_a_named_group_are_that_group() -> None:
    text = (
        "ISWAP has spread its cells along the shores of Lake Chad. On 8 April the jihadists "
        "ambushed a Nigerian Army patrol near Monguno."
    )
    roles = _roles_of(text)
    assert ("Islamic State West Africa Province", "perpetrator") in roles
    assert ("Nigerian Army", "target") in roles


def test_the_militants_after_a_named_group_are_that_group() -> None:
    text = (
        "Al-Shabaab stepped up raids across Lower Shabelle this month. On 6 April, the "
        "militants stormed a police station in Afgoye and killed four officers."
    )
    assert ("al-Shabaab", "perpetrator") in _roles_of(text)


def test_the_fighters_after_a_named_group_are_that_group() -> None:
    text = (
        "The Islamic State West Africa Province regrouped in the Timbuktu triangle in March. "
        "The fighters overran a military outpost at Gajiram on 2 April."
    )
    assert ("Islamic State West Africa Province", "perpetrator") in _roles_of(text)


def test_a_group_of_fighters_after_a_named_group_is_that_group() -> None:
    text = (
        "The Islamic State Mozambique Province has moved back into the Ancuabe forests. On "
        "Monday a group of about 40 fighters attacked a Mozambican army position near Mieze."
    )
    roles = _roles_of(text)
    assert ("Islamic State Mozambique Province", "perpetrator") in roles


def test_a_column_of_militants_after_a_named_group_is_that_group() -> None:
    text = (
        "Al-Shabaab has tightened its grip on the Juba valley. At dawn on 9 May a column of "
        "militants overran an army outpost at Bardhere."
    )
    assert ("al-Shabaab", "perpetrator") in _roles_of(text)


def test_the_attackers_right_after_a_named_group_are_its_men() -> None:
    text = (
        "Boko Haram has regrouped in the Mandara hills since March. On 4 May the attackers "
        "burned the health centre in Rann."
    )
    assert ("Boko Haram", "perpetrator") in _roles_of(text)


def test_the_assailants_right_after_a_named_group_are_its_men() -> None:
    text = (
        "The ADF moved north of Beni in April. On 5 May the assailants shot dead nine farmers "
        "at Eringeti."
    )
    assert ("Allied Democratic Forces", "perpetrator") in _roles_of(text)


def test_the_insurgents_as_the_attacked_are_the_group_just_named() -> None:
    text = (
        "Al-Shabaab cells have moved south towards the border for weeks. On 3 May Kenyan "
        "soldiers attacked the insurgents near Lamu, killing six."
    )
    roles = _roles_of(text)
    assert ("al-Shabaab", "target") in roles
    assert ("al-Shabaab", "perpetrator") not in roles


def test_two_groups_named_before_leave_the_militants_unresolved() -> None:
    text = (
        "Al-Shabaab and ISWAP both issued statements on Friday. On 6 April, the militants "
        "stormed a police station in Afgoye and killed four officers."
    )
    roles = _roles_of(text)
    assert ("al-Shabaab", "perpetrator") not in roles
    assert ("Islamic State West Africa Province", "perpetrator") not in roles


def test_muc_a_bare_repeat_of_a_fuller_perpetrator_phrase_is_one_entity(
    predictor: DossierMucPredictor,
) -> None:
    text = (
        "SAN SALVADOR, 3 JUN 90 -- Urban commando units dynamited an electric power tower in "
        "Soyapango on Sunday. The units later burned a bus on the highway to Apopa."
    )
    perps = [m[0].lower() for m in _roles(predictor, text).get("PerpInd", [])]
    assert "urban commando units" in perps
    assert "units" not in perps


def test_muc_a_short_form_of_a_hired_gang_is_one_entity(predictor: DossierMucPredictor) -> None:
    text = (
        "BOGOTA, 4 JUN 90 -- A group of six hired gunmen killed judge Carlos Ortega in Cali on "
        "Monday. Police said the hired gunmen later set fire to a bus on the road to Palmira."
    )
    perps = [m[0].lower() for m in _roles(predictor, text).get("PerpInd", [])]
    assert len(perps) == 1, perps


def test_muc_an_act_told_with_will_is_no_incident(predictor: DossierMucPredictor) -> None:
    text = (
        "SAN SALVADOR, 5 JUN 90 -- The defense minister said the rebels will bomb the power "
        "grid of the capital during the coming week."
    )
    roles = _roles(predictor, text)
    assert "PerpInd" not in roles
    assert "Target" not in roles


def test_muc_an_act_told_with_could_is_no_incident(predictor: DossierMucPredictor) -> None:
    text = (
        "LIMA, 6 JUN 90 -- Army intelligence warned that Shining Path guerrillas could blow "
        "up the Mantaro bridge before the elections."
    )
    roles = _roles(predictor, text)
    assert "PerpInd" not in roles
    assert "Target" not in roles
