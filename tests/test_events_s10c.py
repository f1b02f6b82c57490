"""Event arguments, tolls and responsibility (round s10c): weapons and their makes are no
parties, dead told by "died" in a clash sentence, vague "dozens" without a made-up upper bound, running totals "since" a year, a state's count
of enemies it killed, a claim "via Amaq, saying N were killed" joining the incident told
before, "it" in a relative clause, blame by relatives, and the other side of "clashes with"
and "an offensive against". Each text was written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.extract.events import extract_events
from dossier.records import DateValue, Event

REPORT_DATE = DateValue("2025-05-10", "day")


def _events(text: str) -> list[Event]:
    ann = annotate_text(text, REPORT_DATE)
    return extract_events(ann.doc, ann.actors, ann.places, ann.timexes, REPORT_DATE)


def _roles(ev: Event, role: str) -> set[str]:
    return {a.actor for a in ev.actors if a.role == role}


def _assaults(text: str) -> list[Event]:
    return [e for e in _events(text) if e.type == "ASSAULT"]


def test_an_ied_is_no_perpetrator() -> None:
    (ev,) = _assaults(
        "On 5 May, an IED hit a truck carrying Malian police officers near Gao, killing 4."
    )
    assert not _roles(ev, "perpetrator")
    assert ev.fatalities is not None and ev.fatalities.best == 4
    assert ev.weapon is not None and "ied" in ev.weapon.lower()


def test_fighters_who_died_on_both_sides_are_the_clash_toll() -> None:
    (ev,) = _assaults(
        "Local gunmen and ANDS fighters clashed near Gao; witnesses said more than 25 "
        "fighters died on both sides."
    )
    assert ev.fatalities is not None and ev.fatalities.low == 25


def test_dozens_is_twelve_without_a_made_up_high() -> None:
    evs = _assaults(
        "Church attacked in Ituri\n\n"
        "The Islamic State claimed an attack on a church in Bunia on 4 March, saying its "
        'fighters had killed "dozens of Christians". Local officials said 7 people were killed.'
    )
    tolls = [e.fatalities for e in evs if e.fatalities is not None]
    assert tolls and all(t.high is None or t.high < 99 for t in tolls)


def test_a_running_total_since_a_year_is_no_toll() -> None:
    evs = _assaults(
        "SECURITY NOTE\n\nBackground: the 2018 Dapchi abduction, in which Boko Haram kidnapped "
        "110 schoolgirls on 19 February 2018, remains a notorious attack in the region.\n\n"
        "According to Governor Mai Mala Buni, more than 20,000 people have been killed in Yobe "
        "since the insurgency began in 2009."
    )
    assert all(e.fatalities is None or (e.fatalities.low or 0) < 20000 for e in evs)


def test_a_states_count_of_enemies_killed_is_a_claim() -> None:
    evs = _assaults(
        "Patrol ambushed in western Niger\n\n"
        "Fighters of the ISGS attacked a Nigerien army patrol near Tillia on Tuesday, killing "
        "at least 12 soldiers, according to local sources.\n\n"
        "The Nigerien Armed Forces said in a communique that its units had killed 31 "
        "terrorists during the counter-attack and lost four men."
    )
    hit = [e for e in evs if e.fatalities is not None and e.fatalities.low == 12]
    assert hit and hit[0].fatalities is not None and hit[0].fatalities.best == 12


def test_a_claim_via_amaq_joins_the_incident_told_before() -> None:
    evs = _assaults(
        "1. 3 May 2025 - Gubio, Magumeri LGA: ISWAP fighters overran a Nigerian Army base at "
        "dawn, killing at least four soldiers. ISWAP claimed the raid via Amaq News Agency, "
        "saying 25 soldiers were killed."
    )
    assert len(evs) == 1
    (ev,) = evs
    assert ev.responsibility == "claimed"
    assert ev.fatalities is not None and ev.fatalities.low == 4 and ev.fatalities.high == 25


def test_it_in_a_relative_clause_is_the_clause_subject() -> None:
    evs = [
        e
        for e in _events(
            "Kinshasa said Uganda was only protecting its border against the LRA, a rebel "
            "group it accuses Khartoum of backing."
        )
        if e.type == "ACCUSE"
    ]
    assert evs
    assert "lra" not in _roles(evs[0], "initiator")
    assert "state:UG" in _roles(evs[0], "initiator")


def test_blame_by_relatives_is_no_perpetrator() -> None:
    (ev,) = _assaults(
        "The Colombian army is fighting several groups in Norte de Santander.\n\n"
        "On 5 May, unidentified armed men abducted three teachers in Ocaña; families blame "
        "the EPL, which has not commented."
    )
    assert ev.responsibility == "attributed"
    assert not any("epl" in a for a in _roles(ev, "perpetrator"))


def test_the_other_side_of_clashes_and_of_an_offensive_is_a_target() -> None:
    evs = _assaults(
        "Fighters of the Allied Democratic Forces (ADF) on Monday seized the village of "
        "Kalunguta in Beni territory after three days of clashes with the Ugandan army (UPDF) "
        "and allied Mai-Mai militias, local leaders said.\n\n"
        "In March, CODECO fighters launched an offensive against the FARDC and allied Zaire "
        "militias near Djugu."
    )
    assert any("updf" in _roles(e, "target") for e in evs)
    assert any("fardc" in _roles(e, "target") for e in evs)


def test_dead_killed_by_shelling_next_are_the_capture_toll() -> None:
    evs = _assaults(
        "Rebels take town in Beni\n\n"
        "Fighters of the Allied Democratic Forces (ADF) on Monday seized the village of "
        "Kalunguta in Beni territory after three days of clashes with the Ugandan army (UPDF), "
        "local leaders said. At least 9 civilians were killed by shelling, according to the "
        "Kalunguta clinic."
    )
    capture = [e for e in evs if "adf" in _roles(e, "perpetrator")]
    assert capture and capture[0].fatalities is not None and capture[0].fatalities.low == 9


# -- MUC-4: the armed forces at war are no terrorist incident ---------------------------------


def _muc(text: str) -> dict[str, list[list[str]]]:
    from dossier.eval.muc4_dossier import DossierMucPredictor

    return DossierMucPredictor()("TEST-0001", text)


def test_muc_the_air_force_bombing_guerrilla_areas_fills_nothing() -> None:
    roles = _muc(
        "SAN MIGUEL, 12 NOV 89 -- THE AIR FORCE THIS MORNING RESUMED ITS ATTACKS ON THE "
        "EASTERN SECTORS OF SAN MIGUEL, WHERE FMLN UNITS HAVE ENTRENCHED THEMSELVES, USING "
        "ROCKETS AND MACHINEGUNS."
    )
    assert not roles["PerpOrg"] and not roles["PerpInd"] and not roles["Weapon"]


def test_muc_troops_clashing_with_guerrillas_fill_nothing() -> None:
    roles = _muc(
        "BOGOTA, 2 APR 90 -- ON 28 MARCH, 5TH BRIGADE TROOPS CLASHED WITH A GUERRILLA COLUMN "
        "LED BY ALIAS EL NEGRO IN A RURAL AREA OF NEIVA MUNICIPALITY, KILLING THREE OF ITS "
        "MEMBERS, THE ARMY REPORTED."
    )
    assert not roles["PerpInd"] and not roles["PerpOrg"]
