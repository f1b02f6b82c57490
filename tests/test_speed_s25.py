"""(s25) Speed changes that must not change a result: the packaged YAML files are kept parsed
in the build cache (what ``load_yaml`` returns is what parsing the file gives, from a fresh
cache, from a written one and with the cache off), and ``word_indices`` finds the tokens of a
set of words with numpy (the same tokens as reading each token's attribute)."""

from __future__ import annotations

import pickle
from collections.abc import Callable
from pathlib import Path

import pytest
from spacy.attrs import DEP, LOWER, ORTH, POS
from spacy.tokens import Doc, Token

from dossier import datafiles
from dossier.datafiles import _cache_name, _parse_yaml, load_yaml
from dossier.nlp.build_cache import PACKAGE_DIR, cache_path
from dossier.nlp.token_table import word_indices

DATA = PACKAGE_DIR / "data"
NAMES = sorted(str(p.relative_to(DATA).as_posix()) for p in DATA.rglob("*.yaml"))


def test_every_data_file_loads_as_parsed() -> None:
    assert len(NAMES) > 20
    assert [n for n in NAMES if load_yaml(n) != _parse_yaml(n)] == []


def test_a_file_is_loaded_once_per_process() -> None:
    assert load_yaml("lemma_fixes.yaml") is load_yaml("lemma_fixes.yaml")


@pytest.fixture
def fresh_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("DOSSIER_BUILD_CACHE", "1")
    return tmp_path


def test_the_parsed_file_is_written_and_read_back(fresh_cache: Path) -> None:
    name = "lemma_fixes.yaml"
    first = datafiles.load_yaml.__wrapped__(name)  # built and written
    path = cache_path(_cache_name(name))
    assert path.is_file() and path.is_relative_to(fresh_cache)
    with path.open("rb") as fh:
        assert pickle.load(fh) == first == _parse_yaml(name)
    # a second process reads the written value
    assert datafiles.load_yaml.__wrapped__(name) == first


def test_a_broken_cache_file_is_parsed_again(fresh_cache: Path) -> None:
    name = "lemma_fixes.yaml"
    path = cache_path(_cache_name(name))
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(b"not a pickle")
    assert datafiles.load_yaml.__wrapped__(name) == _parse_yaml(name)


def test_the_cache_can_be_turned_off(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("DOSSIER_CACHE_DIR", str(tmp_path))
    monkeypatch.setenv("DOSSIER_BUILD_CACHE", "0")
    assert datafiles.load_yaml.__wrapped__("lemma_fixes.yaml") == _parse_yaml("lemma_fixes.yaml")
    assert not any(tmp_path.rglob("*.pickle"))


def test_cache_names_never_collide_nor_glob() -> None:
    # two paths that flatten alike keep their own files
    assert _cache_name("geo/aliases.yaml") != _cache_name("geo_aliases.yaml")
    names = {_cache_name(n) for n in NAMES}
    assert len(names) == len(NAMES)
    # the clean-up of old versions globs "<name>-*.pickle": no name may hold "-" or a glob
    assert all(not set(n) & set("-*?[]/") for n in names)


def test_a_missing_file_still_fails() -> None:
    with pytest.raises(FileNotFoundError):
        datafiles.load_yaml.__wrapped__("no_such_file_s25.yaml")


# -- word_indices: the tokens whose attribute is one of a set of words ---------------------


@pytest.fixture(scope="module")
def parsed() -> Doc:
    from dossier.nlp import build_nlp

    return build_nlp()(
        "Militia fighters and two police officers were wounded near the river crossing, "
        "but the Militia said on Friday that it had not fired on anyone. The officers left."
    )


@pytest.mark.parametrize(
    ("attr", "words", "read"),
    [
        (LOWER, frozenset({"militia", "officers", "the"}), lambda t: t.lower_),
        (ORTH, frozenset({"Militia", "The"}), lambda t: t.text),
        (DEP, frozenset({"nsubj", "nsubjpass", "conj"}), lambda t: t.dep_),
        (POS, frozenset({"PROPN", "NUM"}), lambda t: t.pos_),
    ],
)
def test_word_indices_finds_every_token_with_the_attribute(
    parsed: Doc, attr: int, words: frozenset[str], read: Callable[[Token], str]
) -> None:
    expected = [t.i for t in parsed if read(t) in words]
    assert expected  # the sentence holds some of each
    found = word_indices(parsed, attr, words)
    assert found == expected and all(type(i) is int for i in found)


def test_word_indices_finds_nothing_when_no_word_is_there(parsed: Doc) -> None:
    assert word_indices(parsed, LOWER, frozenset({"ceasefire", "truce"})) == []
    assert word_indices(parsed, LOWER, frozenset()) == []
    # a word that only differs in case is another word for ORTH
    assert word_indices(parsed, ORTH, frozenset({"militia"})) == []


def test_word_indices_on_an_empty_doc() -> None:
    from dossier.nlp import build_nlp

    assert word_indices(build_nlp()(""), LOWER, frozenset({"the"})) == []
