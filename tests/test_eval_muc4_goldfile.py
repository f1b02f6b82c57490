"""`dossier eval muc4 --gold-file`: scoring any file in the grit_rolefill format (the MUC-3
training texts, which ../shared does not hold), whole or as a fixed slice, so that a change
can be developed on one slice and checked on another without wearing out dev."""

from __future__ import annotations

import json
from pathlib import Path

from click.testing import CliRunner

from dossier.cli import main

_NEWS = (
    "san salvador, 3 dec 89 -- urban guerrillas today murdered mayor jose rivas in front of "
    "his home in soyapango.",
    "the legislative assembly today approved the national budget for next year.",
    "bogota, 5 dec 89 -- a car bomb exploded today outside the offices of the daily el "
    "espectador, killing two guards.",
)


def _doc(i: int, text: str, victim: str | None) -> str:
    extracts: dict[str, list[list[list[object]]]] = {
        r: [] for r in ("PerpInd", "PerpOrg", "Target", "Victim", "Weapon")
    }
    if victim:
        extracts["Victim"] = [[[victim, text.index(victim)]]]
    return json.dumps({"docid": f"DEV-MUC3-{i:04d}", "doctext": text, "extracts": extracts})


def _figures(output: str) -> dict[str, str]:
    return dict(kv.split("=", 1) for kv in output.strip().splitlines()[-1].split())


def test_a_gold_file_is_scored_whole_or_by_slice(tmp_path: Path) -> None:
    gold = tmp_path / "train.json"
    victims = ("jose rivas", None, None)
    gold.write_text(
        "\n".join(_doc(i, t, v) for i, (t, v) in enumerate(zip(_NEWS, victims, strict=True)))
    )
    whole = CliRunner().invoke(main, ["eval", "muc4", "--gold-file", str(gold)])
    assert whole.exit_code == 0, whole.output
    figures = _figures(whole.output)
    assert figures["n_docs"] == "3"
    # the murdered mayor is found: the gold's one filler is matched
    assert float(figures["victim_r"]) == 100.0
    # documents 0 and 2 (line index 0 modulo 2), then document 1 alone
    even = CliRunner().invoke(main, ["eval", "muc4", "--gold-file", str(gold), "--every", "2"])
    assert _figures(even.output)["n_docs"] == "2"
    odd = CliRunner().invoke(
        main, ["eval", "muc4", "--gold-file", str(gold), "--every", "2", "--offset", "1"]
    )
    assert _figures(odd.output)["n_docs"] == "1"


def test_a_malformed_gold_file_is_named_with_its_line(tmp_path: Path) -> None:
    gold = tmp_path / "broken.json"
    gold.write_text(_doc(0, _NEWS[0], None) + "\n" + '{"docid": "X", "doctext": "a"}\n')
    result = CliRunner().invoke(main, ["eval", "muc4", "--gold-file", str(gold)])
    assert result.exit_code != 0
    assert "broken.json: line 2" in result.output
    assert "Traceback" not in result.output
    bad_slice = CliRunner().invoke(
        main, ["eval", "muc4", "--gold-file", str(gold), "--every", "2", "--offset", "2"]
    )
    assert bad_slice.exit_code != 0 and "--offset" in bad_slice.output
