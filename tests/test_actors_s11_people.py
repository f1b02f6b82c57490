"""People's names of the eighth part: a long name the model cut in two is one person. The text
was written for this test."""

from __future__ import annotations

from dossier.eval.muc4_dossier import annotate_text
from dossier.records import DateValue

_TEXT = (
    "OUAGADOUGOU, 3 March 2025 - Former President Roch Marc Christian Kaboré, who was ousted "
    "in January 2022, met the envoy Ahmed Salim and Moussa Diallo on Sunday."
)


def test_a_long_name_cut_in_two_by_the_model_is_one_person() -> None:
    ann = annotate_text(_TEXT, DateValue("2025-03-03", "day"))
    people = {a.name for a in ann.actors if a.type == "person"}
    assert "Roch Marc Christian Kaboré" in people, people
    assert not any(p in people for p in ("Roch Marc", "Christian Kaboré"))
    # two people joined by "and" stay two
    assert "Ahmed Salim" in people and "Moussa Diallo" in people, people
