"""Review mend of the round-19 trigger reading (trig): a bare "mine" placed under control, a
munition left behind, a gapped clause of no harm, a phrase that may not be split ("set the
alarms off", "pulled its fighters out of"), a thing "held hostage", and "set the bus ablaze"
parsed with the object hung on "ablaze". New sentences; the real model runs."""

from __future__ import annotations

from test_events_trig_s19 import _frames


def _types(text: str) -> set[tuple[str, str | None]]:
    _text, frames = _frames(text)
    return {(f.event.type, f.event.mode) for f in frames}


def _roles(text: str, role: str) -> set[str]:
    """The texts of one role (targets, victims) over the ASSAULT frames."""
    doc_text, frames = _frames(text)
    return {doc_text[a:b] for f in frames if f.event.type == "ASSAULT" for a, b in getattr(f, role)}


def test_a_mine_put_under_control_is_no_bombing() -> None:
    for text in (
        "The council placed the copper mine under state management last year.",
        "The army placed the Tarkwa coal mine under guard after the riots.",
    ):
        assert ("ASSAULT", "explosives") not in _types(text), text
    # landmines are still placed as bombs are
    assert ("ASSAULT", "explosives") in _types(
        "Insurgents placed landmines on the road to the border crossing at Tal Afar."
    )


def test_munitions_left_behind_are_no_bombing() -> None:
    for text in (
        "The retreating unit left two crates of grenades behind in the barracks yard.",
        "The soldiers left the grenades behind when they pulled back from the ridge.",
    ):
        assert ("ASSAULT", "explosives") not in _types(text), text
    # a bag of explosives left at a place is still a bomb
    assert ("ASSAULT", "explosives") in _types(
        "A man left a bag of dynamite outside the tax office in Ayacucho."
    )


def test_a_gapped_clause_of_no_harm_names_no_target() -> None:
    text = "Three villagers were injured and a gunman arrested after the raid on Kaduna."
    assert not any("gunman" in t for t in _roles(text, "targets") | _roles(text, "victims"))
    text = "Two guards were killed and a driver detained after the attack on the depot at Garissa."
    assert not any("driver" in t for t in _roles(text, "targets") | _roles(text, "victims"))
    # a participle of harm still names its subject
    targets = _roles("A bridge was blown up and two trucks damaged near Jalalabad.", "targets")
    assert any("trucks" in t for t in targets)


def test_set_something_off_is_no_split_phrase() -> None:
    targets = _roles("The blast set the shop alarms off across the old quarter.", "targets")
    assert not any("alarms" in t for t in targets)
    targets = _roles("The bombing set the frightened herders off towards Kidal.", "targets")
    assert not any("herders" in t for t in targets)


def test_a_thing_held_hostage_is_no_abduction() -> None:
    for text in (
        "The ruling party has held the reform bill hostage for a year, critics said.",
        "The strike held the whole port hostage for two weeks.",
    ):
        assert ("ASSAULT", "abduct") not in _types(text), text
    assert ("ASSAULT", "abduct") in _types("Pirates took twelve sailors hostage off Eyl.")


def test_pulling_fighters_out_is_no_withdrawal_from_a_deal() -> None:
    found = _types("The militia pulled its gunmen out of Tawergha after talks in Tripoli.")
    assert ("SANCTION", "withdraw") not in found


def test_set_ablaze_with_the_object_parsed_on_ablaze() -> None:
    found = _types("Armed youths set the bus ablaze in Kisii on Friday.")
    assert ("ASSAULT", "destroy") in found
    found = _types("Gang members set the minibus ablaze in Eldoret.")
    assert ("ASSAULT", "destroy") in found
    assert any(
        "bus" in t for t in _roles("Armed youths set the bus ablaze in Kisii on Friday.", "targets")
    )


def test_the_subject_of_a_gapped_passive_did_no_deed() -> None:
    text = "A mosque was torched and three shops looted in Jos on Sunday."
    assert not any("shops" in p for p in _roles(text, "perpetrators"))
    assert any("shops" in t for t in _roles(text, "targets"))
    # an active clause after the passive keeps its agent: the gunmen did the fleeing
    text = "A police post was attacked and gunmen fled into the bush."
    assert not any("gunmen" in t for t in _roles(text, "targets"))
