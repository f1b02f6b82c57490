"""Places in short texts written for these tests (session 16): a compound of peoples or faiths
("Malay-Muslim provinces") is no place; a name that an apposition
calls an organisation ("X, a rights group that ...") is no place at any of its mentions,
whatever the model tagged it, while a town an apposition describes, and a place before a
comma that opens the sentence ("In X, the group said"), stay places."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.records import DateValue


def _names(text: str) -> tuple[list[str], list[str]]:
    ann = annotate_text(text, DateValue("2025-06-20", "day"))
    return [p.text for p in ann.places], [a.name for a in ann.actors]


def test_a_network_an_apposition_names_is_a_speaker_not_a_place() -> None:
    places, actors = _names(
        "Nine civilians died in Saravan, Iran. Rights groups including Tolu, a Baloch activist "
        "network, disputed the count. Tolu said the dead were fuel porters."
    )
    assert "Tolu" not in places
    assert "Tolu" in actors
    assert "Saravan" in places


def test_an_outlet_apposed_after_according_to_is_no_place() -> None:
    places, _ = _names(
        "Two soldiers died near Mirjaveh, Iran, according to Zarand, a Baloch news outlet, "
        "and figures from Zarand were later confirmed."
    )
    assert "Zarand" not in places
    assert "Mirjaveh" in places


def test_a_town_an_apposition_describes_stays_a_place() -> None:
    places, _ = _names(
        "Sarbaz, a town near the border, was attacked. Later, figures from Sarbaz hospital "
        "showed nine dead in Iran."
    )
    assert "Sarbaz" in places


def test_a_place_opening_the_sentence_before_the_group_stays_a_place() -> None:
    places, _ = _names(
        "Houthi rebels shelled ships off Yemen on Sunday. In Hodeidah, the group said it had "
        "downed a drone."
    )
    assert "Hodeidah" in places


def test_a_compound_of_peoples_or_faiths_is_no_place() -> None:
    places, _ = _names(
        "Insurgents are fighting for autonomy for the largely Malay-Muslim provinces of "
        "Pattani, Yala and Narathiwat in Thailand."
    )
    assert places == ["Pattani", "Yala", "Narathiwat", "Thailand"]
    places, _ = _names("The mostly Sunni-Arab districts of Anbar province in Iraq were calm.")
    assert "Sunni-Arab" not in places and "Anbar" in places


def test_a_compound_of_two_regions_stays_two_places() -> None:
    places, _ = _names("Clashes erupted on the Amhara-Oromia border near Kemise, Ethiopia.")
    assert {"Amhara", "Oromia", "Kemise"} <= set(places)


def test_a_script_named_beside_a_name_is_no_place() -> None:
    places, actors = _names(
        "The Barisan Revolusi Nasional, known by its Malay initials BRN (in Jawi: باريسن), "
        "denied the killing in Pattani, Thailand. Thai troops later raided a house in Yala."
    )
    assert places == ["Pattani", "Thailand", "Yala"]
    assert "Thai forces" in actors


def test_the_town_heading_a_dated_incident_line_is_a_place() -> None:
    text = (
        "Weekly access note, Ethiopia.\n\n"
        "- Ginchi, 30 Oct: Gunmen abducted three traders and killed their driver.\n"
        "- Ambo, 2 Nov: Unknown armed men burned a grain store.\n"
        '- Kabiru Sadauki, 5 Oct: "We will not leave the road," the driver said.\n'
    )
    places, _ = _names(text)
    assert {"Ginchi", "Ambo"} <= set(places)
    assert "Kabiru Sadauki" not in places
