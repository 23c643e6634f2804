"""The JSON form of vocabulary.toml: the same data, and never used once the TOML has changed."""

from __future__ import annotations

import json
import shutil
import tomllib
from pathlib import Path

import pytest

from procesregels.core import vocabulary, vocabulary_data
from procesregels.core.resources import in_checkout


def test_the_package_reads_exactly_the_data_of_the_toml() -> None:
    with vocabulary_data.SOURCE.open("rb") as handle:
        assert vocabulary._data() == tomllib.load(handle)
    if in_checkout():  # the checkout writes the form on first use; a wheel has it from its build
        assert vocabulary_data.DERIVED.is_file()


@pytest.fixture
def source(tmp_path: Path) -> Path:
    copy = tmp_path / "vocabulary.toml"
    shutil.copy(vocabulary_data.SOURCE, copy)
    return copy


def _derived(source: Path) -> Path:
    return source.with_name(vocabulary_data.DERIVED.name)


def test_the_form_is_written_when_asked_and_then_used(source: Path) -> None:
    derived = _derived(source)
    assert vocabulary_data.load(source, derived) == tomllib.loads(source.read_text(encoding="utf-8"))
    assert not derived.exists()  # not asked to refresh: nothing written
    expected = vocabulary_data.load(source, derived, refresh=lambda: True)
    assert derived.is_file()
    form = json.loads(derived.read_text(encoding="utf-8"))
    form["data"]["marker"] = "from the form"  # proves the next read comes from the form
    derived.write_text(json.dumps(form), encoding="utf-8")
    assert vocabulary_data.load(source, derived) == {**expected, "marker": "from the form"}


def test_a_changed_toml_is_read_as_toml(source: Path) -> None:
    derived = _derived(source)
    vocabulary_data.load(source, derived, refresh=lambda: True)
    source.write_text(source.read_text(encoding="utf-8").replace('nl = ["raad"', 'nl = ["de raad"', 1),
                      encoding="utf-8")
    fresh = vocabulary_data.load(source, derived)
    assert fresh["roles"]["council"]["nl"][0] == "de raad"
    vocabulary_data.load(source, derived, refresh=lambda: True)  # brought up to date
    assert json.loads(derived.read_text(encoding="utf-8"))["data"] == fresh


@pytest.mark.parametrize("damage", ["", "not json", "[1, 2]", '{"key": "1-0-00000000", "data": {}}',
                                    '{"data": {"roles": {}}}', "\udcff"])
def test_a_damaged_form_is_ignored(source: Path, damage: str) -> None:
    derived = _derived(source)
    derived.write_text(damage, encoding="utf-8", errors="surrogateescape")
    assert vocabulary_data.load(source, derived) == tomllib.loads(source.read_text(encoding="utf-8"))


def test_the_build_hook_writes_the_form_beside_the_toml(source: Path) -> None:
    target = vocabulary_data.write_beside(source)
    assert target == _derived(source)
    assert json.loads(target.read_text(encoding="utf-8"))["data"] == tomllib.loads(source.read_text(encoding="utf-8"))
