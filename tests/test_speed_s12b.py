"""Speed paths of the second pass give the same answers as the slow ones they replace: the
unidentified-group heads found from the token arrays, the verbs that may state a claim or a
blame, and the prefix table of the literal probe."""

from __future__ import annotations

from dossier.extract.event_responsibility import _be_responsible, _statement_verbs
from dossier.extract.event_rules import load_event_rules
from dossier.extract.relation_patterns import load_patterns, pattern_probe
from dossier.nlp import build_nlp
from dossier.resolve.unidentified import (
    _candidate_heads,
    _head_words,
    _lemma,
    load_unidentified_rules,
    unidentified_mentions,
)

SENTENCES = (
    "Gunmen on motorbikes raided a market near Gusau in Zamfara State, Nigeria, on Sunday. "
    "Bandits later burned two granaries, and unknown assailants shot a herder. "
    "The militiamen withdrew before soldiers arrived, residents said."
)


def test_unidentified_heads_from_arrays_cover_every_token_test() -> None:
    doc = build_nlp()(SENTENCES)
    heads = _head_words(load_unidentified_rules())
    slow = [t.i for t in doc if t.pos_ in {"NOUN", "PROPN"} and _lemma(t) in heads]
    fast = _candidate_heads(doc, heads)
    assert slow, "the sentences hold heads"
    assert set(slow) <= set(fast)
    assert fast == sorted(fast)
    found = unidentified_mentions(doc)
    assert any(m.mention.text.lower().endswith("gunmen") for m in found)


def test_statement_verbs_hold_every_list_and_be_only_with_responsible() -> None:
    rules = load_event_rules()
    verbs = _statement_verbs(rules)
    for name in ("claim_verbs", "say_verbs", "blame_verbs", "suspect_verbs", "link_verbs"):
        assert rules.words(name) <= verbs, name
    assert {"hold", "implicate"} <= verbs
    doc = build_nlp()(
        "Police said the Red Hand cell was responsible for the bombing of the depot. "
        "Officials believe a cartel is behind the kidnapping. The convoy was late."
    )
    be = [t for t in doc if t.lemma_ == "be"]
    assert [_be_responsible(t) for t in be] == [True, True, False]


def test_probe_prefix_table_equals_pairwise_comparison() -> None:
    probe = pattern_probe(load_patterns())
    users: dict[str, set[int]] = {}
    for i, fr in enumerate(probe.regexes):
        if fr._probe is not None and fr._folds:
            for s in fr.strings or ():
                users.setdefault(s, set()).add(i)
    expected = {s: {i for p in users if s.startswith(p) for i in users[p]} for s in users}
    assert {s: set(v) for s, v in probe._users.items()} == expected
