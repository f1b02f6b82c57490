"""Event actors and roles (r3, s13): the dead told of by their bodies are who "them" stands
for, never a group named earlier; an attack claimed by a parent organisation in the country
of the one branch of it the report names is the branch's. Each text was written for this
test."""

from __future__ import annotations

from report_docs import text_events as _events

from dossier.records import Event


def _of(events: list[Event], type_id: str) -> list[Event]:
    return [e for e in events if e.type == type_id]


def test_bodies_found_get_no_group_as_target() -> None:
    evs = _events(
        "The CNDP rebels took Kiwanja in May. A mass grave holding at least 25 bodies was "
        "discovered near Rubaya on 11 June. The bodies, several in police uniform, were "
        "unidentified, and it was not known who had killed them."
    )
    assert _of(evs, "ASSAULT")
    for ev in evs:
        assert not [a for a in ev.actors if "cndp" in a.actor and a.role in {"target", "victim"}]


def test_parent_claim_goes_to_its_local_branch() -> None:
    evs = _events(
        "On 14 June gunmen stormed a market in Damasak, Borno State, killing nine traders. "
        "The Islamic State said in a statement that its fighters had carried out the "
        "assault. The group's local province, ISWAP, has grown stronger around Lake Chad "
        "this year."
    )
    attacks = [e for e in _of(evs, "ASSAULT") if any(a.role == "perpetrator" for a in e.actors)]
    assert attacks
    perps = {a.actor for e in attacks for a in e.actors if a.role == "perpetrator"}
    assert "iswap" in perps
    assert "isis" not in perps
