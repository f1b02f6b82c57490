"""The start-up cache (dossier.nlp.build_cache): rebuilt when the package changes, and the
pipeline annotates the same with and without it."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from dossier.extract.relation_patterns import load_patterns
from dossier.nlp import build_cache, build_nlp
from dossier.nlp.actor_ruler import PhraseRuler
from dossier.regex_filter import compile_cached, compiled_form, from_compiled_form
from dossier.resolve.timex.patterns import _rules


def _cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Cached values under ``tmp_path/build`` (the geographic index stays where it is)."""
    monkeypatch.setattr(
        build_cache,
        "cache_path",
        lambda name: tmp_path / "build" / f"{name}-{build_cache.package_version()}.pickle",
    )


def test_cached_value_is_built_once_and_again_when_the_package_changes(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cache_in(tmp_path, monkeypatch)
    monkeypatch.setenv("DOSSIER_BUILD_CACHE", "1")
    builds: list[int] = []

    def build() -> dict[str, int]:
        builds.append(1)
        return {"built": len(builds)}

    monkeypatch.setattr(build_cache, "package_version", lambda: "v1")
    assert build_cache.cached("probe", build) == {"built": 1}
    assert build_cache.cached("probe", build) == {"built": 1}  # read back, not built
    assert len(builds) == 1
    monkeypatch.setattr(build_cache, "package_version", lambda: "v2")
    assert build_cache.cached("probe", build) == {"built": 2}  # the package changed
    assert [p.name for p in (tmp_path / "build").iterdir()] == ["probe-v2.pickle"]
    # an unreadable file is built again
    (tmp_path / "build" / "probe-v2.pickle").write_bytes(b"not a pickle")
    assert build_cache.cached("probe", build) == {"built": 3}
    # switched off: always built
    monkeypatch.setenv("DOSSIER_BUILD_CACHE", "0")
    assert build_cache.cached("probe", build) == {"built": 4}


def test_tree_version_follows_data_and_code(tmp_path: Path) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "words.yaml").write_text("a: 1\n", encoding="utf-8")
    (tmp_path / "mod.py").write_text("X = 1\n", encoding="utf-8")
    first = build_cache.tree_version(tmp_path)
    assert build_cache.tree_version(tmp_path) == first
    (tmp_path / "data" / "words.yaml").write_text("a: 2\n", encoding="utf-8")
    second = build_cache.tree_version(tmp_path)
    assert second != first
    (tmp_path / "mod.py").write_text("X = 2\n", encoding="utf-8")
    assert build_cache.tree_version(tmp_path) not in (first, second)


@pytest.mark.parametrize(
    ("pattern", "flags"),
    [
        (r"(?P<x>\d+)\s+(?:killed|wounded)\b", re.IGNORECASE),
        (r"(?<![\w-])(?P<m>(?-i:May|June))\s+(?P<d>[0-3]?\d)(?!\d)", re.IGNORECASE),
        (r"⟦A(?P<x>\d+)⟧,\s+(?:an?|the)\s+[^,]{0,40}?,", 0),
        (r"(?i:qassam)\s+brigades?|(a)(?(1)b|c)", 0),
    ],
)
def test_compiled_form_gives_the_same_pattern(pattern: str, flags: int) -> None:
    compiled = from_compiled_form(compiled_form(pattern, flags))
    expected = re.compile(pattern, flags)
    assert compiled == expected  # same pattern, flags and engine code
    assert compiled.groupindex == expected.groupindex
    text = "On May 12 gunmen, the Qassam Brigades said, killed 12 ⟦A3⟧, a rebel group, ab"
    assert [m.span() for m in compiled.finditer(text)] == [
        m.span() for m in expected.finditer(text)
    ]


def test_compile_cached_compiles_anew_what_the_cache_does_not_hold(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cache_in(tmp_path, monkeypatch)
    monkeypatch.setattr(build_cache, "package_version", lambda: "v1")
    assert compile_cached("probe_rx", [("abc", re.I)]) == [re.compile("abc", re.I)]
    # same name and version, other expressions (never so in use): still right
    specs = [("abd", re.I), (r"x\d", 0)]
    assert compile_cached("probe_rx", specs) == [re.compile(p, f) for p, f in specs]


def test_relation_and_timex_patterns_from_the_cache_are_the_compiled_ones() -> None:
    for pattern in load_patterns():
        assert pattern.regex == re.compile(pattern.matcher.pattern, pattern.matcher.flags)
    for rule in _rules():
        assert rule.regex == re.compile(rule.regex.pattern, rule.regex.flags & ~re.UNICODE)
        if rule.key is not None:
            assert rule.key == re.compile(rule.key.pattern, rule.key.flags & ~re.UNICODE)


def _tables(nlp: object) -> list[object]:
    tables = []
    for name in ("dossier_actor_ruler", "dossier_acronym_ruler"):
        ruler = nlp.get_pipe(name)  # type: ignore[attr-defined]
        assert isinstance(ruler, PhraseRuler)
        tables.append((ruler.tables(), len(ruler)))
    return tables


TEXT = (
    "Militants of Jama'at Nusrat al-Islam wal-Muslimin (JNIM) ambushed a convoy near Djibo "
    "on 3 May, the army said, while ISWAP and the Islamic State-Sahel Province clashed."
)


def test_pipeline_built_from_the_cache_annotates_as_one_built_without_it(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _cache_in(tmp_path, monkeypatch)
    monkeypatch.setenv("DOSSIER_BUILD_CACHE", "0")
    plain = build_nlp.__wrapped__()
    monkeypatch.setenv("DOSSIER_BUILD_CACHE", "1")
    written = build_nlp.__wrapped__()  # builds the tables and writes them
    assert list((tmp_path / "build").glob("actor_rulers-*.pickle"))
    read = build_nlp.__wrapped__()  # reads them back
    assert _tables(plain) == _tables(written) == _tables(read)

    def annotations(nlp: object) -> list[object]:
        doc = nlp(TEXT)  # type: ignore[operator]
        return [
            [(e.text, e.label_, e.ent_id_) for e in doc.ents],
            [(s.text, s.label_) for s in doc.spans["actors"]],
            [(s.text, s.label_) for s in doc.spans["places"]],
        ]

    expected = annotations(plain)
    assert any(e[2] for e in expected[0])  # the gazetteer rulers found names
    assert annotations(read) == expected
