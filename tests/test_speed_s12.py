"""Speed paths give the same answers as the slow ones they replace: one literal probe for many
prefilters, fuzzy actor lookups by length with their answers kept, the timex literal probe,
and offsets stored at a faster compression level."""

from __future__ import annotations

import re
from pathlib import Path

from rapidfuzz import fuzz, process

from dossier import Settings, ingest, open_store
from dossier.extract.relation_patterns import load_patterns, pattern_probe
from dossier.pipeline import process_file
from dossier.regex_filter import FilteredRegex, ProbeSet
from dossier.resolve.actor_gazetteer import load_actor_gazetteer
from dossier.resolve.actors import _fuzzy_aliases
from dossier.resolve.timex.extract import _candidates, _literal_probe
from dossier.resolve.timex.lexicon import _lexicon
from dossier.resolve.timex.patterns import _rules
from dossier.store.reads import unpack_offsets
from dossier.store.sqlite import _pack_offsets

TEXTS = [
    "The militia denied any role in the ambush on the ferry crossing.",
    "Officials said the brigade had been ALLIED WITH the rebels since the spring.",
    "A spokesman for the front claimed the raid on the depot late on Tuesday night.",
    "Nothing here matches much at all.",
    "⟦A1⟧, a breakaway faction of ⟦A2⟧, now controls ⟪P1⟫ and ⟪P2⟫.",
    "⟦A3⟧ fighters clashed with ⟦A4⟧ near ⟪P3⟫, residents told reporters.",
    "⟦A1⟧ is led by ⟦A2⟧, who founded ⟦A1⟧ in 2011 after leaving ⟦A5⟧.",
]


def test_probe_set_finds_overlapping_and_nested_strings() -> None:
    regexes = [
        FilteredRegex(r"denied\s+\w+", re.IGNORECASE),
        FilteredRegex(r"deni\w+", re.IGNORECASE),
        FilteredRegex(r"nied\b", re.IGNORECASE),
        FilteredRegex(r"ALLIED\s+WITH"),  # case kept: asked on its own
        FilteredRegex(r"\w+"),  # no prefilter: may always match
        FilteredRegex(r"ferry|raid", re.IGNORECASE),
    ]
    probe = ProbeSet(regexes)
    for text in TEXTS:
        folded = text.lower()
        expected = {i for i, rx in enumerate(regexes) if rx.may_match(text, folded)}
        assert probe.candidates(text, folded) == expected, text


def test_relation_pattern_probe_agrees_with_each_prefilter() -> None:
    patterns = load_patterns()
    probe = pattern_probe(patterns)
    assert pattern_probe(patterns) is probe  # built once
    for text in TEXTS + [t.upper() for t in TEXTS]:
        folded = text.lower()
        expected = {i for i, p in enumerate(patterns) if p.matcher.may_match(text, folded)}
        assert probe.candidates(text, folded) == expected, text


def test_fuzzy_alias_lookup_matches_a_search_over_every_alias() -> None:
    gazetteer = load_actor_gazetteer()
    fuzzy = _fuzzy_aliases(gazetteer)
    keys = [a for a in gazetteer.by_alias if len(a) >= 8]
    names = []
    for alias in keys[::25]:
        names += [alias, alias[:-1], alias[1:] + "x", alias.replace("a", "e", 1), alias + "s"]
    names += ["completely unrelated words", "national liberation fronts"]
    for name in (n for n in names if len(n) >= 8):
        hit = process.extractOne(name, keys, scorer=fuzz.ratio, score_cutoff=93)
        assert fuzzy.closest(name) == (hit[0] if hit else None), name
        assert fuzzy.closest(name) == (hit[0] if hit else None), name  # kept answer


def test_timex_rules_the_probe_skips_find_nothing() -> None:
    exprs = [r.regex for r in _rules()] + [p.regex for p in _lexicon().phrases]
    probe = _literal_probe()
    texts = [
        "On 3 March 2021 the convoy was hit; two weeks later, in the spring, talks resumed.",
        "LAST NIGHT'S SHELLING LASTED UNTIL MIDNIGHT, AND THE CURFEW STARTS AT NOON TOMORROW.",
        "The ceasefire held through Christmas and into the new year's first quarter.",
        "No dates at all here.",
    ]
    skipped = 0
    for text in texts:
        may = probe.candidates(text, text.lower())
        for i, rx in enumerate(exprs):
            if i not in may:
                skipped += 1
                assert rx.search(text) is None, (rx.pattern[:60], text)
    assert skipped > 0


def test_timex_probe_is_not_trusted_where_case_folding_is_special() -> None:
    # "ſ" matches "s" when case is ignored but does not lower-case to it: the rules still run
    odd = "The talks resumed last ſpring after a truce."
    assert any(c.start <= odd.index("ſ") < c.end for c in _candidates(odd))


def test_offsets_read_back_after_store(tmp_path: Path) -> None:
    offsets = tuple(range(5000)) + tuple(range(5002, 7000))
    assert unpack_offsets(_pack_offsets(offsets)) == offsets
    path = tmp_path / "wire.txt"
    path.write_text(
        "NAIROBI, 4 May 2023 — Gunmen from the  militia  stormed a village near the\n"
        "border on Tuesday, killing seven people, officials said.\n",
        encoding="utf-8",
    )
    store = open_store(tmp_path / "kb.db")
    ingest([str(path)], store, Settings(db=str(tmp_path / "kb.db"), workers=1))
    (uid,) = store.conn.execute("SELECT uid FROM documents").fetchone()
    assert store.document_offsets(uid) == process_file(path, Settings()).offsets
    store.close()
