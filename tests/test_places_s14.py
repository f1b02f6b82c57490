"""Places in short texts written for these tests (session 14): first-level divisions the
GeoNames codes swap (Assam and Meghalaya, Kachin and Sagaing, Kayin and Mon), and events on
a road, a highway or a boundary, or between two named places."""

from __future__ import annotations

from report_docs import text_events as _events

from dossier.eval.muc4_dossier import annotate_text
from dossier.resolve.geo_gazetteer import open_geo_gazetteer


def _places(text: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in _events(text) if e.type == "ASSAULT"]


def _admin1(name: str, feature: str = "city") -> str | None:
    found = [c for c in open_geo_gazetteer().candidates(name) if c.feature == feature]
    return found[0].admin1_code if found else None


def test_towns_of_assam_are_in_assam_and_not_meghalaya() -> None:
    assert _admin1("Guwahati") == "IN-AS"
    assert _admin1("Silchar") == "IN-AS"
    assert _admin1("Dibrugarh", "admin2") == "IN-AS"
    assert _admin1("Shillong") == "IN-ML"


def test_towns_of_kachin_sagaing_kayin_and_mon_are_in_their_own_division() -> None:
    assert _admin1("Myitkyina") == "MM-11"
    assert _admin1("Monywa") == "MM-01"
    assert _admin1("Hpa-An") == "MM-13"
    assert _admin1("Mawlamyine") == "MM-15"


def test_an_attack_in_a_district_of_assam_is_placed_in_assam() -> None:
    ann = annotate_text("Militants fired on an oil pipeline near Tinsukia in Assam on Sunday.")
    codes = {p.text: p.place.admin1_code for p in ann.places if p.place}
    assert codes.get("Tinsukia") == "IN-AS", codes


def test_an_ambush_on_the_road_between_two_towns_is_at_the_first_town() -> None:
    found = _places(
        "Armed men ambushed a gendarmerie patrol on the road between Mokolo and Koza, "
        "in the Far North region, on Saturday, killing two gendarmes."
    )
    assert found and found[0] == "Mokolo", found
    # what an attack fired on is no place
    found = _places("Gunmen fired on the Kaduna State police on Monday, killing two officers.")
    assert found and found[0] is None, found


def test_an_attack_on_a_highway_in_a_province_is_on_the_highway_not_the_province() -> None:
    found = _places(
        "Gunmen attacked a minibus on the Quetta-Karachi highway in Balochistan province on "
        "Thursday, killing four passengers."
    )
    assert found and found[0] == "Quetta", found


def test_a_bomb_on_a_boundary_is_at_the_places_that_name_it() -> None:
    found = _places(
        "A landmine struck an army truck on the Kaya-Kongoussi boundary on Monday, killing "
        "three soldiers."
    )
    assert found and found[0] in {"Kaya", "Kongoussi"}, found


def test_clashes_between_two_villages_are_at_the_first_not_the_territory() -> None:
    text = (
        "Soldiers clashed with militiamen between Bweremana and Ngungu in Masisi territory "
        "on Wednesday, leaving seven dead."
    )
    found = _places(text)
    assert found and found[0] == "Bweremana", found
    names = {p.text for p in annotate_text(text).places}
    assert {"Bweremana", "Ngungu"} <= names, names


def test_a_place_the_model_joins_to_a_force_after_near_is_still_a_place() -> None:
    text = (
        "On 3 October, armed cadres attacked a mobile checkpoint of the Assam Rifles near "
        "Sugnu, injuring three."
    )
    names = {p.text for p in annotate_text(text).places}
    assert "Sugnu" in names, names
    found = _places(text)
    assert found and found[0] == "Sugnu", found


def test_a_release_is_where_the_captives_were_handed_over_in_the_same_clause() -> None:
    events = _events(
        "Nine teachers held by the militia since May were freed on Sunday and handed over "
        "to local elders in Mambasa."
    )
    found = [e.place.text if e.place else None for e in events if e.type == "RETREAT"]
    assert found == ["Mambasa"], found


def test_a_town_taken_is_the_place_even_where_the_model_tags_it_a_person() -> None:
    found = _places(
        "Fighting was reported around Kalemie on Friday. The rebels, a mostly Bembe-led "
        "armed group, first took Kalemie in June 2013 before being driven out by the army."
    )
    assert found and found[-1] == "Kalemie", found


def _retreat_places(text: str) -> list[str | None]:
    return [e.place.text if e.place else None for e in _events(text) if e.type == "RETREAT"]


def test_a_pullback_is_where_the_positions_left_were() -> None:
    found = _retreat_places(
        "Several Ugandan units pulled back from positions around Kasindi between 3 and 5 "
        "March, local sources said."
    )
    assert found == ["Kasindi"], found


def test_a_town_before_in_the_region_beats_the_region() -> None:
    found = _retreat_places(
        "The soldiers withdrew on Monday from their base in Tessit, in the Gao region."
    )
    assert found == ["Tessit"], found


def test_a_name_the_text_calls_a_village_or_a_peninsula_is_no_actor() -> None:
    ann = annotate_text(
        "The contractor said on Friday that the Mecufi site was secure. Insurgents burned "
        "Ncole, a village on the Mecufi peninsula."
    )
    actors = {m.text for a in ann.actors for m in a.mentions}
    assert not actors & {"Mecufi", "Ncole"}, actors
    assert "Ncole" in {p.text for p in ann.places}
