"""The prebuilt form of the bundled rulesets: equal to a fresh parse, and never used when the
ruleset text or the code that reads it has changed."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from procesregels.core.resources import in_checkout
from procesregels.ruleset import loader, prebuilt
from procesregels.ruleset.loader import bundled_rulesets, load_ruleset, parse_layers

BUNDLED = bundled_rulesets()


@pytest.mark.parametrize("path", BUNDLED, ids=lambda p: p.stem)
def test_the_form_equals_a_fresh_parse(path: Path) -> None:
    fresh = parse_layers(path)
    assert load_ruleset(path.stem) == fresh
    form = prebuilt.load(path)
    if form is None:  # an installed package without a form parses instead: slower, still correct
        assert not in_checkout(), "a checkout writes the form on first use"
        pytest.skip("no form in this installed package")
    assert form == fresh
    assert [r.span for r in form.rules] == [r.span for r in fresh.rules]
    assert [r.layer for r in form.rules] == [r.layer for r in fresh.rules]
    assert form.path == fresh.path and form.vocabulary() == fresh.vocabulary()


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of the bundled folder standing in for it."""
    copy = tmp_path / "rulesets"
    copy.mkdir()
    for path in BUNDLED:
        shutil.copy(path, copy / path.name)
    monkeypatch.setattr(prebuilt, "rulesets_dir", lambda: copy)
    monkeypatch.setattr(loader, "rulesets_dir", lambda: copy)  # `extends "national"` finds the copy
    return copy


def _written(folder: Path, name: str = "national") -> Path:
    rules = folder / f"{name}.rules"
    prebuilt.write(rules, parse_layers(rules))
    return rules


def test_a_form_is_rebuilt_into_the_same_models(folder: Path) -> None:
    rules = _written(folder, "amsterdam")  # three layers: national, vng-model, amsterdam
    assert prebuilt.load(rules) == parse_layers(rules)
    assert str(folder) in prebuilt.load(rules).rules[0].span.path


def test_a_changed_ruleset_text_is_not_served_from_the_form(folder: Path) -> None:
    rules = _written(folder, "amsterdam")
    base = folder / "national.rules"
    original = base.read_text(encoding="utf-8")
    base.write_text(original.replace("W1", "W9", 1), encoding="utf-8")
    assert prebuilt.load(rules) is None
    base.write_text(original, encoding="utf-8")
    assert prebuilt.load(rules) is not None


def test_changed_code_is_not_served_from_the_form(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    rules = _written(folder)
    monkeypatch.setattr(prebuilt, "code_key", lambda: "other")
    assert prebuilt.load(rules) is None


@pytest.mark.parametrize("damage", [
    lambda form: "not json",
    lambda form: json.dumps({**json.loads(form), "ruleset": {"$model": "Popen", "$set": []}}),
    lambda form: json.dumps({**json.loads(form), "ruleset": {"$model": "Ruleset", "$set": [], "title": "x"}}),
    lambda form: form.replace('"$model": "Rule"', '"$model": "Example"', 1),
])
def test_a_damaged_form_is_ignored(folder: Path, damage) -> None:
    rules = _written(folder)
    target = prebuilt.form_path(rules)
    target.write_text(damage(target.read_text(encoding="utf-8")), encoding="utf-8")
    assert prebuilt.load(rules) is None


def test_a_form_is_only_read_beside_a_bundled_ruleset(folder: Path, tmp_path: Path) -> None:
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(folder / "national.rules", elsewhere / "national.rules")
    prebuilt.write(elsewhere / "national.rules", parse_layers(elsewhere / "national.rules"))
    assert prebuilt.load(elsewhere / "national.rules") is None
