"""Words quoted in another language than the report's name no actors and no places."""

from __future__ import annotations

from pathlib import Path

from dossier.pipeline import process_file
from dossier.settings import Settings


def test_a_french_quote_gives_no_actors(tmp_path: Path) -> None:
    path = tmp_path / "report.txt"
    path.write_text(
        "Gunmen killed nine villagers in Gressier on Friday, the mayor said.\n\n"
        "« Ils sont venus vers cinq heures du matin et ils brûlaient tout ce qui restait "
        'debout », a farmer who fled told Radio Kiskeya. ("They came around five in the '
        'morning and burned everything still standing.")\n',
        encoding="utf-8",
    )
    doc = process_file(path, Settings())
    names = {doc.text[m.start : m.end] for a in doc.actors for m in a.mentions}
    assert not any("matin" in n or "restait" in n or "heures" in n for n in names), names
    assert "Radio Kiskeya" in names  # the English sentence around the quote still counts
    assert "Gressier" in {p.text for p in doc.places}
